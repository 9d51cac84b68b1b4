import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const leaveToCs = {
  id: "leave-to-cs",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 80,
  action: "leave_to_cs",
  owner: "tam_csm",
  blocking: false,
  summary:
    "Leave ticket {ticketId} to {organization}'s account team, who said they will handle it.",
  description:
    "When CS answers that they will talk to the customer themselves, support does not reply too.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: true },
      { fact: "csRoute", operator: "equal", value: "cs_handles" },
    ],
  },
  event: { type: "leave_to_cs" },
} satisfies TicketRule;
