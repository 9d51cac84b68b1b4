import type { TicketRule } from "../types.js";

export const notifyResolved = {
  id: "notify-resolved",
  handbook: "After an incident resolves",
  level: "ticket",
  priority: 50,
  action: "notify_resolved",
  owner: "support_team",
  blocking: false,
  summary: "Tell the customer on ticket {ticketId} that {reference} is resolved.",
  description:
    "Once the customer impact is over, every ticket tagged or attached to the incident gets a note that it is resolved.",
  conditions: {
    all: [
      { fact: "impactOver", operator: "equal", value: true },
      { fact: "attached", operator: "equal", value: true },
      { fact: "resolutionNoticeSent", operator: "equal", value: false },
      { fact: "ticketClosed", operator: "equal", value: false },
    ],
  },
  event: { type: "notify_resolved" },
} satisfies TicketRule;
