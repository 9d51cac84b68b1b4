import { describe, expect, it } from "vitest";
import { comms, incident, lead, lou } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Creating a macro for the incident", () => {
  it("suggests mentioning Marketing in the incident channel for a major incident without a Comms Lead, without blocking replies", async () => {
    const decisions = await incidentDecisions(incident({ severity: "major" }));
    const decision = decisionFor(decisions, "flag_marketing_coordination");
    expect(decision?.blocking).toBe(false);
    expect(decision?.details.blocksReplies).toBe(false);
    expect(decisions.some((d) => d.blocking)).toBe(false);
  });

  it("suggests it for a security incident too", async () => {
    const decisions = await incidentDecisions(incident({ security: true }));
    expect(decisionFor(decisions, "flag_marketing_coordination")).toBeDefined();
  });

  it("does not suggest it when a Comms Lead is assigned", async () => {
    const decisions = await incidentDecisions(
      incident({
        severity: "major",
        roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms },
      }),
    );
    expect(decisionFor(decisions, "flag_marketing_coordination")).toBeUndefined();
  });

  it("does not suggest it for minor incidents", async () => {
    expect(
      decisionFor(await incidentDecisions(incident()), "flag_marketing_coordination"),
    ).toBeUndefined();
  });
});
