import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const checkWithCs = {
  id: "check-with-cs",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 90,
  action: "check_with_cs",
  owner: "support_team",
  blocking: true,
  summary:
    "Before replying on ticket {ticketId}, ask in {csChannel} whether {organization}'s account team wants to handle it (wait up to {timeoutMinutes} minutes).",
  description:
    "On a major or security incident, an enterprise customer whose TAM or CSM is within working hours is not answered until a side conversation in the CS channel asks whether they want to handle it, for up to csResponseTimeoutMinutes.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: true },
      { fact: "csRoute", operator: "in", value: ["consult", "awaiting_cs"] },
    ],
  },
  event: { type: "check_with_cs" },
} satisfies TicketRule;
