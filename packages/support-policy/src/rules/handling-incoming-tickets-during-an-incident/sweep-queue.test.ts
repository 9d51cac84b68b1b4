import { describe, expect, it } from "vitest";
import { context, incident, lead, minutesBefore, ticket } from "../../../test/builders.js";
import { decisionFor, incidentDecisions, ticketDecisions } from "../../../test/policy.js";
import type { TicketInput } from "../../schemas/ticket.js";

// The builders' incident was declared 60 minutes before NOW.
const early = (id: string, minutesBeforeDeclaration: number, attached = false) =>
  ticket({
    id,
    subject: "Feature flags not loading",
    tags: [],
    attachedToIncident: attached,
    createdAt: minutesBefore(60 + minutesBeforeDeclaration),
  });

describe("Handling incoming tickets during an incident", () => {
  it("sweeps the queue for related tickets opened before the declaration", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident(),
        context({ queue: [early("T-7", 30), early("T-8", 90, true)] }),
      ),
      "sweep_queue",
    );
    expect(decision?.details).toEqual({ ticketIds: ["T-7"], lookbackMinutes: 180 });
    expect(decision?.summary).toBe(
      "Attach 1 queue ticket to INC-123; it was opened before the declaration and looks related.",
    );
  });

  it("says each of several tickets was opened before the declaration", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident(), context({ queue: [early("T-7", 30), early("T-9", 40)] })),
      "sweep_queue",
    );
    expect(decision?.summary).toBe(
      "Attach 2 queue tickets to INC-123; each was opened before the declaration and looks related.",
    );
  });

  it("ignores tickets older than the look-back window", async () => {
    const decisions = await incidentDecisions(incident(), context({ queue: [early("T-7", 200)] }));
    expect(decisionFor(decisions, "sweep_queue")).toBeUndefined();
  });

  it("leaves the sweep to the watcher, so there is none before one is assigned", async () => {
    const decisions = await incidentDecisions(
      incident({ roles: { incidentLead: lead } }),
      context({ queue: [early("T-7", 30)] }),
    );
    expect(decisionFor(decisions, "sweep_queue")).toBeUndefined();
  });

  it("reads attachment like the ticket rules: attachedToIncident first, the tag only without it", async () => {
    const { attachedToIncident: _, ...unknown } = early("T-3", 30);
    const queue: TicketInput[] = [
      { ...early("T-1", 30), tags: ["incident/123"] }, // tagged by the macro, not attached
      { ...unknown, id: "T-2", tags: ["incident/123"] }, // attachment unknown: the tag counts
      { ...unknown, id: "T-3" }, // attachment unknown, no tag
      early("T-4", 30, true),
    ];
    const decision = decisionFor(
      await incidentDecisions(incident(), context({ queue })),
      "sweep_queue",
    );
    const swept = (decision?.details.ticketIds ?? []) as string[];
    expect(swept).toEqual(["T-1", "T-3"]);
    for (const queued of queue) {
      const attach = decisionFor(await ticketDecisions(queued), "attach_ticket");
      expect(attach !== undefined, queued.id).toBe(swept.includes(queued.id));
    }
  });
});
