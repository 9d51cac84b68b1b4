import { describe, expect, it } from "vitest";
import { comms, incident, lead, lou, minutesBefore } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const withComms = { incidentLead: lead, supportWatcher: lou, commsLead: comms };

describe("Creating proactive tickets", () => {
  it("blocks proactive tickets until the incident lead and the Comms Lead have confirmed", async () => {
    const decisions = await incidentDecisions(
      incident({ roles: withComms, proactiveOutreach: { requestedAt: minutesBefore(5) } }),
    );
    expect(decisions[0]?.action).toBe("proactive_outreach_gate");
    expect(decisions[0]?.blocking).toBe(true);
    expect(decisions[0]?.details.missing).toEqual(["incident_lead", "comms_lead"]);
    expect(decisions[0]?.summary).toContain("the incident lead and the Comms Lead");
  });

  it("only waits for the incident lead when there is no Comms Lead", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ proactiveOutreach: { requestedAt: minutesBefore(5) } })),
      "proactive_outreach_gate",
    );
    expect(decision?.details.missing).toEqual(["incident_lead"]);
  });

  it("opens the gate once everyone confirmed", async () => {
    const decisions = await incidentDecisions(
      incident({
        roles: withComms,
        proactiveOutreach: {
          requestedAt: minutesBefore(5),
          incidentLeadConfirmedAt: minutesBefore(3),
          commsLeadConfirmedAt: minutesBefore(2),
        },
      }),
    );
    expect(decisionFor(decisions, "proactive_outreach_gate")).toBeUndefined();
  });
});
