import { describe, expect, it } from "vitest";
import { incident, minutesBefore, resolved } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Keeping the team updated", () => {
  it("shares a change to the user impact with the team", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ impactChangedAt: minutesBefore(2) })),
      "update_team",
    );
    expect(decision?.details).toMatchObject({ impactChanged: true, resolved: false });
    expect(decision?.summary).toContain("the user impact changed");
  });

  it("tells the team when the incident is resolved", async () => {
    const decision = decisionFor(
      await incidentDecisions(resolved({ lastTeamUpdateAt: minutesBefore(30) })),
      "update_team",
    );
    expect(decision?.details).toMatchObject({ impactChanged: false, resolved: true });
  });

  it("does not ask to copy updates that changed nothing for the team", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "update_team")).toBeUndefined();
    expect(decisionFor(await incidentDecisions(resolved()), "update_team")).toBeUndefined();
  });
});
