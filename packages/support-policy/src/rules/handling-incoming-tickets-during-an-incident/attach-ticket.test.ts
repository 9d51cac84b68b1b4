import { describe, expect, it } from "vitest";
import { ticket } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

describe("Handling incoming tickets during an incident", () => {
  it("attaches an incident-related ticket to the open incident, which tags it", async () => {
    const decision = decisionFor(
      await ticketDecisions(ticket({ tags: [], attachedToIncident: false })),
      "attach_ticket",
    );
    expect(decision?.details.tag).toBe("incident/123");
    expect(decision?.details.reasons).toContainEqual(
      expect.objectContaining({ kind: "component" }),
    );
  });

  it("attaches a ticket someone marked as related even when nothing matches", async () => {
    const decisions = await ticketDecisions(
      ticket({ subject: "Question", tags: [], attachedToIncident: false, relatedToIncident: true }),
    );
    expect(decisionFor(decisions, "attach_ticket")).toBeDefined();
  });

  it("does not attach a ticket marked as unrelated", async () => {
    const decisions = await ticketDecisions(
      ticket({ tags: [], attachedToIncident: false, relatedToIncident: false }),
    );
    expect(decisionFor(decisions, "attach_ticket")).toBeUndefined();
  });

  it("does not attach a ticket twice", async () => {
    expect(decisionFor(await ticketDecisions(ticket()), "attach_ticket")).toBeUndefined();
  });
});
