import { z } from "zod";
import { SeveritySchema } from "../../schemas/incident.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const flagMarketingCoordination = defineRule({
  id: "flag-marketing-coordination",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 52,
  owner: "support_watcher",
  blocking: false,
  summary:
    "If {reference} needs Marketing's help with messaging, raise it in the incident channel and keep answering customers meanwhile.",
  description:
    "Without a Comms Lead on a major or security incident, the watcher writes a clear, factual macro and mentions in the incident channel if Marketing should be involved; this never blocks replies.",
  conditions: {
    all: [
      { fact: "hasCommsLead", operator: "equal", value: false },
      { fact: "majorOrSecurity", operator: "equal", value: true },
    ],
  },
  detailsSchema: z.strictObject({
    where: z.literal("incident channel").describe("Where to raise it."),
    blocksReplies: z.literal(false).describe("Replies to customers go on meanwhile."),
    severity: SeveritySchema.describe("The incident's severity."),
    security: z.boolean().describe("Whether it is a security incident."),
  }),
  details: (s) => ({
    where: "incident channel" as const,
    blocksReplies: false as const,
    severity: s.incident.severity,
    security: s.incident.security,
  }),
});
