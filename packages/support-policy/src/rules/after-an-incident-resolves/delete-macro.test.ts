import { describe, expect, it } from "vitest";
import { incident, resolved } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("After an incident resolves", () => {
  it("deletes the incident macro once resolved", async () => {
    expect(decisionFor(await incidentDecisions(resolved()), "delete_macro")?.details.macroId).toBe(
      "m-1",
    );
  });

  it("keeps the macro while the incident is live", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "delete_macro")).toBeUndefined();
  });

  it("has nothing to delete when no macro was made", async () => {
    expect(
      decisionFor(await incidentDecisions(resolved({ macro: undefined })), "delete_macro"),
    ).toBeUndefined();
  });
});
