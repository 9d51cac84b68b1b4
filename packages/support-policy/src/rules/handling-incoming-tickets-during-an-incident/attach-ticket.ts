import { LIVE_OR_OVER } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const attachTicket = {
  id: "attach-ticket",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE_OR_OVER,
  priority: 60,
  action: "attach_ticket",
  owner: "support_team",
  blocking: false,
  summary:
    "Attach ticket {ticketId} to {reference} from the incident.io sidebar in Zendesk; that also tags it {tag}.",
  description:
    "Every incident-related ticket is attached to the incident by whoever answers it, which also tags it incident/<number> for tracking. attachedToIncident, when given, is the truth: the macro adds the tag as well, so a tagged ticket can still be unattached. Only when it is not given does the tag count as attached; the queue sweep reads the same fact.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "attached", operator: "equal", value: false },
    ],
  },
  event: { type: "attach_ticket" },
} satisfies TicketRule;
