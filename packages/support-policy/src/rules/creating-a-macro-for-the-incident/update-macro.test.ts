import { describe, expect, it } from "vitest";
import { comms, incident, lead, lou, minutesBefore } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Creating a macro for the incident", () => {
  it("updates the macro when the impact changed after its last update", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ impactChangedAt: minutesBefore(5) })),
      "update_macro",
    );
    expect(decision?.details.notifyCommsLead).toBe(false);
  });

  it("tells the Comms Lead what changed when one is assigned", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({
          impactChangedAt: minutesBefore(5),
          roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms },
        }),
      ),
      "update_macro",
    );
    expect(decision?.details.notifyCommsLead).toBe(true);
    expect(decision?.summary).toContain("tell the Comms Lead");
  });

  it("does not ask for an update when the macro is newer than the impact change", async () => {
    const decisions = await incidentDecisions(incident({ impactChangedAt: minutesBefore(45) }));
    expect(decisionFor(decisions, "update_macro")).toBeUndefined();
  });
});
