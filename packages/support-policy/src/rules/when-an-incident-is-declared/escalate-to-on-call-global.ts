import type { TicketRule } from "../types.js";

export const escalateToOnCallGlobal = {
  id: "escalate-to-on-call-global",
  handbook: "When an incident is declared",
  level: "ticket",
  priority: 85,
  action: "escalate_to_on_call_global",
  owner: "on_call_global",
  blocking: false,
  summary:
    "Hand ticket {ticketId} to {onCallGlobal}: nobody in support is within working hours and the incident is {severity}.",
  description:
    "Outside support hours, a waiting customer on an incident at or above onCallGlobalMinSeverity is handled by the engineering on-call.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "live", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: false },
      { fact: "atOrAboveOnCallGlobalSeverity", operator: "equal", value: true },
    ],
  },
  event: { type: "escalate_to_on_call_global" },
} satisfies TicketRule;
