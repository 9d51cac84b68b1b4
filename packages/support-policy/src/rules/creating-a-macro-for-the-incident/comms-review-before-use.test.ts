import { describe, expect, it } from "vitest";
import { comms, incident, lead, lou, macro, minutesBefore } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const withComms = { incidentLead: lead, supportWatcher: lou, commsLead: comms };

describe("Creating a macro for the incident", () => {
  it("blocks using a major incident's macro until the Comms Lead has reviewed it", async () => {
    const decisions = await incidentDecisions(incident({ severity: "major", roles: withComms }));
    expect(decisions[0]?.action).toBe("comms_review_before_use");
    expect(decisions[0]?.blocking).toBe(true);
    expect(decisions[0]?.details.commsLead).toMatchObject({ name: "Cam" });
  });

  it("blocks using a security incident's macro until the Comms Lead has reviewed it", async () => {
    const decisions = await incidentDecisions(incident({ security: true, roles: withComms }));
    expect(decisionFor(decisions, "comms_review_before_use")?.blocking).toBe(true);
  });

  it("releases the macro once the Comms Lead approved it", async () => {
    const decisions = await incidentDecisions(
      incident({
        severity: "major",
        roles: withComms,
        macro: macro({ approvedByCommsAt: minutesBefore(1) }),
      }),
    );
    expect(decisionFor(decisions, "comms_review_before_use")).toBeUndefined();
  });

  it("does not hold a minor incident's macro for review", async () => {
    const decisions = await incidentDecisions(incident({ roles: withComms }));
    expect(decisionFor(decisions, "comms_review_before_use")).toBeUndefined();
  });
});
