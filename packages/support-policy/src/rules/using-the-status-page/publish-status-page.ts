import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const publishStatusPage = defineRule({
  id: "publish-status-page",
  handbook: "Using the status page",
  level: "incident",
  statuses: LIVE,
  priority: 75,
  owner: "incident_lead",
  blocking: false,
  summary:
    "Publish a status page entry for {reference}: customers are affected and need a page to follow.",
  description:
    "A live incident that affects customers (related tickets in the queue, or external comms required) needs a status page entry, which every reply links to.",
  conditions: {
    all: [
      { fact: "customerFacing", operator: "equal", value: true },
      { fact: "hasStatusPage", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    relatedTicketCount: z.int().describe("Queue tickets that look related to the incident."),
    externalCommsRequired: z.boolean().describe("Whether the incident requires external comms."),
  }),
  details: (s) => ({
    relatedTicketCount: s.queueMatches.length,
    externalCommsRequired: s.incident.externalCommsRequired === true,
  }),
});
