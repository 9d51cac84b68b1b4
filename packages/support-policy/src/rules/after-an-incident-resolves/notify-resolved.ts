import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { IMPACT_OVER } from "../statuses.js";

export const notifyResolved = defineRule({
  id: "notify-resolved",
  handbook: "After an incident resolves",
  level: "ticket",
  statuses: IMPACT_OVER,
  priority: 50,
  owner: "support_team",
  blocking: false,
  summary: "Tell the customer on ticket {ticketId} that {reference} is resolved.",
  description:
    "Once the customer impact is over, every ticket tagged or attached to the incident gets a note that it is resolved: the handbook finds them by the incident/<number> tag, which the macro adds too, so a tagged ticket is told even when it was never attached.",
  conditions: {
    all: [
      {
        any: [
          { fact: "attached", operator: "equal", value: true },
          { fact: "tagged", operator: "equal", value: true },
        ],
      },
      { fact: "resolutionNoticeSent", operator: "equal", value: false },
      { fact: "ticketClosed", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    tag: z.string().describe("The incident tag that finds the incident's tickets."),
    resolvedAt: z.string().nullable().describe("When the incident was resolved."),
  }),
  details: (s) => ({ tag: s.readings.tag, resolvedAt: s.incident.resolvedAt ?? null }),
});
