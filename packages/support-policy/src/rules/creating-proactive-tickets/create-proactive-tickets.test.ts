import { describe, expect, it } from "vitest";
import { incident, minutesBefore } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Creating proactive tickets", () => {
  it("creates the requested proactive tickets once the incident lead confirmed", async () => {
    const decisions = await incidentDecisions(
      incident({
        proactiveOutreach: {
          requestedAt: minutesBefore(5),
          incidentLeadConfirmedAt: minutesBefore(1),
        },
      }),
    );
    expect(decisionFor(decisions, "create_proactive_tickets")?.details.requestedAt).toBe(
      minutesBefore(5),
    );
  });

  it("does not create them before the confirmations are in", async () => {
    const decisions = await incidentDecisions(
      incident({ proactiveOutreach: { requestedAt: minutesBefore(5) } }),
    );
    expect(decisionFor(decisions, "create_proactive_tickets")).toBeUndefined();
  });

  it("does nothing when nobody asked for outreach", async () => {
    expect(
      decisionFor(await incidentDecisions(incident()), "create_proactive_tickets"),
    ).toBeUndefined();
  });
});
