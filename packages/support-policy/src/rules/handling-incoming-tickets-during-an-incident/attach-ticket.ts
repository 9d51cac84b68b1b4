import type { TicketRule } from "../types.js";

export const attachTicket = {
  id: "attach-ticket",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  priority: 60,
  action: "attach_ticket",
  owner: "support_team",
  blocking: false,
  summary:
    "Attach ticket {ticketId} to {reference} from the incident.io sidebar in Zendesk; that also tags it {tag}.",
  description:
    "Every incident-related ticket is attached to the incident by whoever answers it, which also tags it incident/<number> for tracking.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "attached", operator: "equal", value: false },
    ],
  },
  event: { type: "attach_ticket" },
} satisfies TicketRule;
