import { describe, expect, it } from "vitest";
import { resolved, ticket } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";
import type { TicketInput } from "../../schemas/ticket.js";

/** A ticket without `attachedToIncident`: nobody told us whether it is attached. */
const unknownAttachment = (overrides: Partial<TicketInput> = {}): TicketInput => {
  const { attachedToIncident: _, ...rest } = ticket(overrides);
  return rest;
};

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

  it("attaches a tagged ticket that is known not to be attached: the macro tags it too", async () => {
    const decision = decisionFor(
      await ticketDecisions(ticket({ tags: ["incident/123"], attachedToIncident: false })),
      "attach_ticket",
    );
    expect(decision?.details.reasons).toContainEqual(expect.objectContaining({ kind: "tag" }));
  });

  it("counts the incident tag as attached only when attachment is not known", async () => {
    const tagged = await ticketDecisions(unknownAttachment({ tags: ["incident/123"] }));
    const untagged = await ticketDecisions(unknownAttachment({ tags: [] }));
    expect(decisionFor(tagged, "attach_ticket")).toBeUndefined();
    expect(decisionFor(untagged, "attach_ticket")).toBeDefined();
  });

  it("believes attachedToIncident over a missing tag", async () => {
    const decisions = await ticketDecisions(ticket({ tags: [], attachedToIncident: true }));
    expect(decisionFor(decisions, "attach_ticket")).toBeUndefined();
  });

  it("still attaches a tagged but unattached ticket after resolution, and tells its customer", async () => {
    const decisions = await ticketDecisions(ticket({ attachedToIncident: false }), resolved());
    expect(decisionFor(decisions, "attach_ticket")).toBeDefined();
    expect(decisionFor(decisions, "notify_resolved")).toBeDefined();
  });

  it("asks for nothing on a declined or merged incident", async () => {
    for (const status of ["declined", "merged"] as const) {
      const decisions = await ticketDecisions(
        ticket({ tags: [], attachedToIncident: false }),
        resolved({ status }),
      );
      expect(decisions, status).toEqual([]);
    }
  });
});
