import { describe, expect, it } from "vitest";
import { incident, minutesBefore, resolved } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("After an incident resolves", () => {
  it("checks whether docs or help content need updating after resolution", async () => {
    expect(decisionFor(await incidentDecisions(resolved()), "review_docs")).toBeDefined();
  });

  it("does not ask again once the docs were reviewed", async () => {
    const decisions = await incidentDecisions(resolved({ docsReviewedAt: minutesBefore(1) }));
    expect(decisionFor(decisions, "review_docs")).toBeUndefined();
  });

  it("waits until the incident is resolved", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "review_docs")).toBeUndefined();
  });
});
