import { z } from "zod";
import { organizationName, replyMaterial } from "../../details/reply.js";
import { OutrankedSchema, replyMaterialShape } from "../../details/schemas.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const leaveToCs = defineRule({
  id: "leave-to-cs",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 80,
  owner: "tam_csm",
  blocking: false,
  summary:
    "Leave ticket {ticketId} to {organization}'s account team, who said they will handle it.",
  description:
    "When CS answers that they will talk to the customer themselves, support does not reply too.",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "withinSupportHours" },
      { fact: "csConsultation", operator: "equal", value: "handles" },
    ],
  },
  detailsSchema: z.strictObject({
    organization: z.string().nullable().describe("The customer's organisation."),
    answeredAt: z.string().nullable().describe("When CS answered the side conversation."),
    ...replyMaterialShape,
    outranked: OutrankedSchema,
  }),
  details: (s) => ({
    organization: s.ticket.organization?.name ?? null,
    answeredAt: s.ticket.csConsultation?.answeredAt ?? null,
    ...replyMaterial(s),
  }),
  words: (s) => ({ organization: organizationName(s) }),
});
