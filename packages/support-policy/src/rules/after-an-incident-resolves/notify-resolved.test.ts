import { describe, expect, it } from "vitest";
import { incident, minutesBefore, resolved, ticket } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

describe("After an incident resolves", () => {
  it("tells every tagged ticket's customer that the incident is resolved", async () => {
    const decision = decisionFor(
      await ticketDecisions(ticket({ attachedToIncident: false }), resolved()),
      "notify_resolved",
    );
    expect(decision?.details.tag).toBe("incident/123");
  });

  it("does not tell them twice", async () => {
    const decisions = await ticketDecisions(
      ticket({ resolutionNoticeSentAt: minutesBefore(1) }),
      resolved(),
    );
    expect(decisionFor(decisions, "notify_resolved")).toBeUndefined();
  });

  it("skips closed tickets, which can no longer be updated", async () => {
    expect(
      decisionFor(
        await ticketDecisions(ticket({ status: "closed" }), resolved()),
        "notify_resolved",
      ),
    ).toBeUndefined();
  });

  it("does not announce resolution while the incident is live", async () => {
    expect(
      decisionFor(await ticketDecisions(ticket(), incident()), "notify_resolved"),
    ).toBeUndefined();
  });

  it("tells a customer whose ticket is attached but carries no tag", async () => {
    const decisions = await ticketDecisions(
      ticket({ tags: [], attachedToIncident: true }),
      resolved(),
    );
    expect(decisionFor(decisions, "notify_resolved")).toBeDefined();
  });

  it("tells nobody about a ticket neither tagged nor attached", async () => {
    const decisions = await ticketDecisions(
      ticket({ tags: [], attachedToIncident: false, relatedToIncident: true }),
      resolved(),
    );
    expect(decisionFor(decisions, "notify_resolved")).toBeUndefined();
    expect(decisionFor(decisions, "attach_ticket")).toBeDefined();
  });

  it("tells customers of a closed incident too, but not of a declined or merged one", async () => {
    expect(
      decisionFor(
        await ticketDecisions(ticket(), resolved({ status: "closed" })),
        "notify_resolved",
      ),
    ).toBeDefined();
    for (const status of ["declined", "merged"] as const) {
      expect(
        decisionFor(await ticketDecisions(ticket(), resolved({ status })), "notify_resolved"),
      ).toBeUndefined();
    }
  });
});
