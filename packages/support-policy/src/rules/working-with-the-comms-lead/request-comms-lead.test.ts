import { describe, expect, it } from "vitest";
import { comms, incident, lead, lou } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Working with the Comms Lead", () => {
  it("asks Marketing for a Comms Lead when external comms are required and none is assigned", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ externalCommsRequired: true })),
      "request_comms_lead",
    );
    expect(decision?.details).toEqual({ channel: "#team-marketing", handle: "@all-marketers" });
  });

  it("does not ask when a Comms Lead is assigned", async () => {
    const decisions = await incidentDecisions(
      incident({
        externalCommsRequired: true,
        roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms },
      }),
    );
    expect(decisionFor(decisions, "request_comms_lead")).toBeUndefined();
  });

  it("does not ask when no external comms are required", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "request_comms_lead")).toBeUndefined();
  });
});
