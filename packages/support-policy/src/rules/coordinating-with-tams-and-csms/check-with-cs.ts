import { z } from "zod";
import { organizationName, replyMaterial } from "../../details/reply.js";
import { OutrankedSchema, PersonRefSchema, replyMaterialShape } from "../../details/schemas.js";
import { iso, personRef } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

const MINUTE = 60_000;

export const checkWithCs = defineRule({
  id: "check-with-cs",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 90,
  owner: "support_team",
  blocking: true,
  summary:
    "Before replying on ticket {ticketId}, ask in {csChannel} whether {organization}'s account team wants to handle it (wait up to {timeoutMinutes} minutes).",
  description:
    "On a major or security incident, an enterprise customer whose TAM or CSM is within working hours is not answered until a side conversation in the CS channel asks whether they want to handle it, for up to csResponseTimeoutMinutes.",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "withinSupportHours" },
      {
        any: [
          { condition: "consultAccountTeam" },
          { fact: "csConsultation", operator: "equal", value: "awaiting" },
        ],
      },
    ],
  },
  detailsSchema: z.strictObject({
    channel: z.string().describe("Where to open the side conversation (config csChannel)."),
    organization: z.string().nullable().describe("The customer's organisation."),
    accountTeamOnline: z
      .array(PersonRefSchema)
      .describe("The customer's TAM and CSM who are within working hours now."),
    consultationOpenedAt: z
      .string()
      .nullable()
      .describe("When the side conversation was opened; null before it is."),
    timeoutMinutes: z
      .int()
      .describe("How long to wait for an answer (config csResponseTimeoutMinutes)."),
    ...replyMaterialShape,
    outranked: OutrankedSchema,
  }),
  details: (s) => ({
    channel: s.config.csChannel,
    organization: s.ticket.organization?.name ?? null,
    accountTeamOnline: s.accountTeamWorking.map(personRef),
    consultationOpenedAt: s.ticket.csConsultation?.openedAt ?? null,
    timeoutMinutes: s.config.csResponseTimeoutMinutes,
    ...replyMaterial(s),
  }),
  // Until the side conversation times out; counted from now while none is open yet.
  due: (s) => iso(s.csDeadline ?? s.now + s.config.csResponseTimeoutMinutes * MINUTE),
  words: (s, d) => ({
    organization: organizationName(s),
    timeoutMinutes: String(d.timeoutMinutes),
  }),
});
