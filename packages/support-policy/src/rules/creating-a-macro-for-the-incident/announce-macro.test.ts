import { describe, expect, it } from "vitest";
import { incident, macro } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Creating a macro for the incident", () => {
  it("tells the team channel once the macro exists", async () => {
    const { announcedToTeamAt: _, ...unannounced } = macro();
    const decision = decisionFor(
      await incidentDecisions(incident({ macro: unannounced })),
      "announce_macro",
    );
    expect(decision?.details.channel).toBe("#team-support");
  });

  it("does not announce it twice", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "announce_macro")).toBeUndefined();
  });
});
