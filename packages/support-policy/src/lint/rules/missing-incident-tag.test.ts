import { describe, expect, it } from "vitest";
import { lint } from "../lint.js";
import { findingsOf } from "../test-support.js";
import type { LintContext } from "../types.js";

const TEXT = "Dashboards take minutes to load.";
const tagFindings = (context: LintContext) =>
  findingsOf("missing_incident_tag", "macro", TEXT, context);

describe("missing_incident_tag", () => {
  it("accepts the incident's tag from the context or from the incident's macro", () => {
    expect(tagFindings({ incident: { number: 123 }, tags: ["outage", "incident/123"] })).toEqual(
      [],
    );
    expect(tagFindings({ incident: { number: 123, macro: { tags: [" Incident/123 "] } } })).toEqual(
      [],
    );
  });

  it("flags a macro without the tag, naming the tag to add", () => {
    const [finding] = tagFindings({ incident: { number: 123 }, tags: ["outage"] });
    expect(finding?.message).toBe(
      "The macro has no incident/123 tag, so the tickets it answers won't be tracked.",
    );
    expect(finding?.suggestion).toBe("Add the tag incident/123 to the macro.");
  });

  it("flags a tag for another incident", () => {
    const [finding] = tagFindings({ incident: { number: 123 }, tags: ["incident/122"] });
    expect(finding?.message).toBe("The macro is tagged incident/122, but this is incident 123.");
  });

  it("accepts any incident tag when the incident number is unknown", () => {
    expect(tagFindings({ tags: ["incident/7"] })).toEqual([]);
    expect(tagFindings({ tags: ["incident/"] })).toHaveLength(1);
  });

  it("flags a macro whose tag list is known and empty", () => {
    expect(tagFindings({ tags: [] })).toHaveLength(1);
    expect(tagFindings({ incident: { number: 123, macro: { tags: [] } } })).toHaveLength(1);
  });

  it("reads the tags, never the text", () => {
    expect(
      findingsOf("missing_incident_tag", "macro", "Tagged incident/123.", {
        incident: { number: 123 },
        tags: [],
      }),
    ).toHaveLength(1);
  });

  it("applies to macros only", () => {
    expect(findingsOf("missing_incident_tag", "reply", TEXT)).toEqual([]);
    expect(findingsOf("missing_incident_tag", "status_page", TEXT)).toEqual([]);
  });
});

describe("missing_incident_tag: tags not given", () => {
  const notice = {
    rule: "tags_not_checked",
    severity: "info",
    message: "The macro's tags were not checked: none were given.",
    suggestion: "Pass the macro's tags to check that it adds the incident tag.",
    docs: "POLICY.md#lint-missing_incident_tag",
  };

  it("is not checked when neither the context's tags nor the incident's macro are given", () => {
    for (const context of [{}, { incident: { number: 123 } }, { incident: { macro: {} } }]) {
      const findings = lint("macro", TEXT, context);
      expect(findings.filter((finding) => finding.rule === "missing_incident_tag")).toEqual([]);
      expect(findings.filter((finding) => finding.severity === "info")).toEqual([notice]);
    }
  });

  it("is checked, with no notice, as soon as either tag list is given", () => {
    for (const context of [{ tags: [] }, { incident: { number: 123, macro: { tags: [] } } }]) {
      const findings = lint("macro", TEXT, context);
      expect(findings.map((finding) => finding.rule)).toContain("missing_incident_tag");
      expect(findings.map((finding) => finding.rule)).not.toContain("tags_not_checked");
    }
  });

  it("adds no notice for texts that carry no tags: replies and status page updates", () => {
    expect(findingsOf("tags_not_checked", "reply", TEXT)).toEqual([]);
    expect(findingsOf("tags_not_checked", "status_page", TEXT)).toEqual([]);
  });
});
