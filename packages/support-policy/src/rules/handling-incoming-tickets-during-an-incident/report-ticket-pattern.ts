import type { IncidentRule } from "../types.js";

export const reportTicketPattern = {
  id: "report-ticket-pattern",
  handbook: "Handling incoming tickets during an incident",
  level: "incident",
  priority: 40,
  action: "report_ticket_pattern",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Note in the incident channel and in {teamChannel} that {tickets} about the same problem as {reference} came in.",
  description:
    "When ticketPatternThreshold or more tickets look related, the pattern is shared with the incident channel (support may see it before monitoring does) and with the team.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      {
        fact: "relatedTicketCount",
        operator: "greaterThanInclusive",
        value: { fact: "ticketPatternThreshold" },
      },
    ],
  },
  event: { type: "report_ticket_pattern" },
} satisfies IncidentRule;
