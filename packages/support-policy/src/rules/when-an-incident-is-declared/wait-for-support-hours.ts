import type { TicketRule } from "../types.js";

export const waitForSupportHours = {
  id: "wait-for-support-hours",
  handbook: "When an incident is declared",
  level: "ticket",
  priority: 85,
  action: "wait_for_support_hours",
  owner: "support_team",
  blocking: false,
  summary: "Ticket {ticketId} waits for support hours, which resume at {until}.",
  description:
    "Outside support hours, a waiting customer on an incident below onCallGlobalMinSeverity is answered when support hours resume.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "live", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: false },
      { fact: "atOrAboveOnCallGlobalSeverity", operator: "equal", value: false },
    ],
  },
  event: { type: "wait_for_support_hours" },
} satisfies TicketRule;
