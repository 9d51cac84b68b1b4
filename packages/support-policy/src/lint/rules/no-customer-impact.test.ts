import { describe, expect, it } from "vitest";
import { findingsOf } from "../test-support.js";
import type { LintKind } from "../types.js";

const flags = (text: string, kind: LintKind = "status_page") =>
  findingsOf("no_customer_impact", kind, text).length > 0;

describe("no_customer_impact", () => {
  it.each([
    "Dashboards take several minutes to load.",
    "You can't log in with SSO right now.",
    "Events arrive up to 30 minutes late.",
    "Session recordings are not showing up for some projects.",
    "Saving an insight shows an error message.",
    "Exports fail for files over 1 GB.",
    "Survey responses are missing from yesterday afternoon.",
    "Feature flag requests are slower than usual.",
    "The toolbar is unavailable in the EU region.",
    "Some requests to the API are timing out.",
  ])("accepts a message that says what users experience: %s", (text) => {
    expect(flags(text)).toBe(false);
  });

  it.each([
    "Elevated errors in the reporting service.",
    "We are investigating an issue with the query engine.",
    "Some users may be affected by an incident.",
    "The team has not yet identified the cause.",
    "",
  ])("flags a message that never says what users experience: %j", (text) => {
    expect(flags(text)).toBe(true);
  });

  it("applies to macros and replies too, as one finding about the whole text", () => {
    for (const kind of ["macro", "reply"] as const) {
      const findings = findingsOf("no_customer_impact", kind, "There is an ongoing incident.");
      expect(findings).toHaveLength(1);
      expect(findings[0]?.span).toBeUndefined();
      expect(findings[0]?.severity).toBe("error");
    }
  });

  it("names the affected components in the suggestion when the incident lists them", () => {
    const [finding] = findingsOf("no_customer_impact", "status_page", "An incident is ongoing.", {
      incident: { affectedComponents: ["Feature flags", "Experiments"] },
    });
    expect(finding?.suggestion).toContain("Feature flags or Experiments");
  });
});

describe("no_customer_impact: negated symptoms", () => {
  it.each(["Your data is not lost.", "Nothing is broken and emails aren't delayed."])(
    "does not count reassurance as impact: %j",
    (text) => {
      expect(flags(text)).toBe(true);
    },
  );

  it("still counts a negated action as impact", () => {
    expect(flags("Charts aren't loading for some projects.")).toBe(false);
  });
});
