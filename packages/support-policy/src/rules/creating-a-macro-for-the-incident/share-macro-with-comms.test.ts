import { describe, expect, it } from "vitest";
import { comms, incident, lead, lou, macro, minutesBefore } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const withComms = { incidentLead: lead, supportWatcher: lou, commsLead: comms };

describe("Creating a macro for the incident", () => {
  it("shares a minor incident's macro with the Comms Lead after creating it, without blocking", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ roles: withComms })),
      "share_macro_with_comms",
    );
    expect(decision?.blocking).toBe(false);
    expect(decision?.summary).toContain("Cam");
  });

  it("does not ask again once the macro was shared", async () => {
    const decisions = await incidentDecisions(
      incident({ roles: withComms, macro: macro({ sharedWithCommsAt: minutesBefore(3) }) }),
    );
    expect(decisionFor(decisions, "share_macro_with_comms")).toBeUndefined();
  });

  it("does not apply when there is no Comms Lead", async () => {
    expect(
      decisionFor(await incidentDecisions(incident()), "share_macro_with_comms"),
    ).toBeUndefined();
  });
});
