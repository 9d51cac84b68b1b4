import { describe, expect, it } from "vitest";
import { findingsOf } from "../test-support.js";

const TEXT = "Dashboards take minutes to load. Everything else works.";
const flags = (text: string, status?: string) =>
  findingsOf("missing_next_update", "status_page", text, status ? { incident: { status } } : {})
    .length > 0;

describe("missing_next_update", () => {
  it.each(["triage", "active", "monitoring", "investigating", "Identified", "in progress"])(
    "warns while the incident is %s",
    (status) => {
      const findings = findingsOf("missing_next_update", "status_page", TEXT, {
        incident: { status },
      });
      expect(findings).toHaveLength(1);
      expect(findings[0]?.severity).toBe("warning");
    },
  );

  it.each(["resolved", "closed", "postmortem", "declined", "unknown-status"])(
    "does not apply once the incident is %s",
    (status) => {
      expect(flags(TEXT, status)).toBe(false);
    },
  );

  it("does not apply without an incident status", () => {
    expect(flags(TEXT)).toBe(false);
  });

  it.each([
    "Next update in 30 minutes.",
    "We will post another update within the hour.",
    "We'll share an update on this page by 14:30 UTC.",
    "We will provide more details as soon as we have them.",
    "Updates every 30 minutes until this is fixed.",
  ])("accepts an update that says when the next one comes: %s", (sentence) => {
    expect(flags(`${TEXT} ${sentence}`, "active")).toBe(false);
  });

  it("still warns on a promise without a time", () => {
    expect(flags(`${TEXT} We'll keep you posted.`, "active")).toBe(true);
  });
});
