import { describe, expect, it } from "vitest";
import { findingsOf } from "../test-support.js";

const flags = (text: string) => findingsOf("missing_timeline", "reply", text).length > 0;

describe("missing_timeline", () => {
  it.each([
    "We expect this to be resolved within the next hour.",
    "The fix should be out in 2-3 hours.",
    "We hope to have it fixed by 4pm UTC.",
    "We don't have a timeline yet.",
    "There's no ETA at the moment.",
    "We can't say yet how long it will take.",
    "Our next update will be at 15:00 UTC.",
    "I'll let you know as soon as it's fixed.",
    "We'll post an update on the status page once we learn more.",
  ])("accepts a reply that addresses the timeline: %s", (text) => {
    expect(flags(`Imports are failing. ${text}`)).toBe(false);
  });

  it.each([
    "Imports are failing. Sorry for the trouble.",
    "Imports are failing and the team is on it. Thanks for your patience.",
  ])("flags a reply that leaves the customer guessing: %s", (text) => {
    expect(flags(text)).toBe(true);
  });

  it("applies to replies only", () => {
    const text = "Imports are failing.";
    expect(findingsOf("missing_timeline", "macro", text)).toEqual([]);
    expect(findingsOf("missing_timeline", "status_page", text)).toEqual([]);
  });
});
