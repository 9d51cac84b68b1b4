import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const reportTicketPattern = {
  id: "report-ticket-pattern",
  handbook: "Handling incoming tickets during an incident",
  level: "incident",
  statuses: LIVE,
  priority: 40,
  action: "report_ticket_pattern",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Note in the incident channel and in {teamChannel} that {tickets} about the same problem as {reference} came in{commsNote}.",
  description:
    "When ticketPatternThreshold or more tickets look related, the pattern is shared with the incident channel (support may see it before monitoring does), with the team, and with the Comms Lead when one is assigned, since it may shape their messaging. Once the pattern is noted in the incident channel (ticketPatternReportedAt), it is done.",
  conditions: {
    all: [
      {
        fact: "relatedTicketCount",
        operator: "greaterThanInclusive",
        value: { fact: "ticketPatternThreshold" },
      },
      { fact: "ticketPatternReported", operator: "equal", value: false },
    ],
  },
  event: { type: "report_ticket_pattern" },
} satisfies IncidentRule;
