import { z } from "zod";
import { PersonRefSchema } from "../../details/schemas.js";
import { countWords, personRef } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const reportTicketPattern = defineRule({
  id: "report-ticket-pattern",
  handbook: "Handling incoming tickets during an incident",
  level: "incident",
  statuses: LIVE,
  priority: 40,
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
  detailsSchema: z.strictObject({
    count: z.int().describe("Queue tickets that look related."),
    ticketIds: z.array(z.string()).describe("Their ids, in queue order."),
    channels: z.array(z.string()).describe("Where to share the pattern."),
    notifyCommsLead: z.boolean().describe("Whether to tell the Comms Lead too."),
    commsLead: PersonRefSchema.nullable().describe("The Comms Lead, when assigned."),
  }),
  details(s) {
    const commsLead = s.incident.roles.commsLead;
    return {
      count: s.queueMatches.length,
      ticketIds: s.queueMatches.map((match) => match.ticketId),
      channels: ["incident channel", s.config.teamChannel],
      notifyCommsLead: commsLead !== undefined,
      commsLead: commsLead ? personRef(commsLead) : null,
    };
  },
  words: (_, d) => ({
    tickets: countWords(d.count, "ticket"),
    commsNote: d.commsLead
      ? `, and tell the Comms Lead (${d.commsLead.name}), as it may shape their messaging`
      : "",
  }),
});
