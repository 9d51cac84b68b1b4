import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const escalateToOnCallGlobal = {
  id: "escalate-to-on-call-global",
  handbook: "When an incident is declared",
  level: "ticket",
  statuses: LIVE,
  priority: 85,
  action: "escalate_to_on_call_global",
  owner: "on_call_global",
  blocking: false,
  summary:
    "Hand ticket {ticketId} to {onCallGlobal}: nobody in support is within working hours and the incident is {severity}{loopInNote}.",
  description:
    "Outside support hours, a waiting customer on an incident at or above onCallGlobalMinSeverity is handled by the engineering on-call, unless their account team said they will handle it. This is the ticket's only reply decision then; a heads-up to an enterprise customer's TAM/CSM goes in its details (loopIn).",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: false },
      { fact: "atOrAboveOnCallGlobalSeverity", operator: "equal", value: true },
      { fact: "csRoute", operator: "notEqual", value: "cs_handles" },
    ],
  },
  event: { type: "escalate_to_on_call_global" },
} satisfies TicketRule;
