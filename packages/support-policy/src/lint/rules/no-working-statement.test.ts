import { describe, expect, it } from "vitest";
import { findingsOf } from "../test-support.js";

const flags = (text: string) => findingsOf("no_working_statement", "status_page", text).length > 0;

describe("no_working_statement", () => {
  it.each([
    "All other features are working normally.",
    "Everything else is unaffected.",
    "Dashboards and insights are not affected.",
    "Events are still being recorded, so no data has been lost.",
    "You can still view existing recordings.",
    "Ingestion continues to work as expected.",
    "This only affects projects hosted in the EU.",
    "Your data is safe.",
  ])("accepts a message that says what still works: %s", (text) => {
    expect(flags(text)).toBe(false);
  });

  it.each([
    "Dashboards take several minutes to load.",
    "Exports are not working normally.",
    "Feature flags are unavailable.",
  ])("flags a message that never says what still works: %s", (text) => {
    expect(flags(text)).toBe(true);
  });

  it("applies to status page updates and macros, not to replies", () => {
    const text = "Dashboards take several minutes to load.";
    expect(findingsOf("no_working_statement", "macro", text)).toHaveLength(1);
    expect(findingsOf("no_working_statement", "reply", text)).toEqual([]);
  });
});

describe("no_working_statement: wording that only sounds reassuring", () => {
  it.each([
    "Nothing is working right now.",
    "The team is working on a fix.",
    "Exports are still failing.",
  ])("still flags %j", (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each(["Existing syncs still run as usual.", "Session replay and analytics are fine."])(
    "accepts %j",
    (text) => {
      expect(flags(text)).toBe(false);
    },
  );
});
