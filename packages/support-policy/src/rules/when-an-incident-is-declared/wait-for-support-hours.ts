import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const waitForSupportHours = {
  id: "wait-for-support-hours",
  handbook: "When an incident is declared",
  level: "ticket",
  statuses: LIVE,
  priority: 85,
  action: "wait_for_support_hours",
  owner: "support_team",
  blocking: false,
  summary: "Ticket {ticketId} waits for support hours, which resume at {until}{loopInNote}.",
  description:
    "Outside support hours, a waiting customer on an incident below onCallGlobalMinSeverity is answered when support hours resume; so is one whose account team said they will handle it, whatever the severity, since the on-call answering too would duplicate comms. This is the ticket's only reply decision then; a heads-up to an enterprise customer's TAM/CSM goes in its details (loopIn).",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: false },
      {
        any: [
          { fact: "atOrAboveOnCallGlobalSeverity", operator: "equal", value: false },
          { fact: "csRoute", operator: "equal", value: "cs_handles" },
        ],
      },
    ],
  },
  event: { type: "wait_for_support_hours" },
} satisfies TicketRule;
