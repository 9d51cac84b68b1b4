import { describe, expect, it } from "vitest";
import { incident, resolved } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Creating a macro for the incident", () => {
  it("clones the Incident information macro and tags it with the incident number", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ macro: undefined })),
      "create_macro",
    );
    expect(decision?.details).toMatchObject({
      template: "Incident information",
      tag: "incident/123",
      statusPageUrl: "https://status.example.com/incidents/abc",
    });
    expect(decision?.details.mustInclude).toHaveLength(3);
    expect(decision?.summary).toBe(
      'Create a macro for INC-123 by cloning "Incident information" and tagging it incident/123.',
    );
  });

  it("does not ask for a second macro", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "create_macro")).toBeUndefined();
  });

  it("does not create a macro after the incident is resolved", async () => {
    expect(
      decisionFor(await incidentDecisions(resolved({ macro: undefined })), "create_macro"),
    ).toBeUndefined();
  });
});
