import { z } from "zod";
import { replyMaterial } from "../../details/reply.js";
import { OutrankedSchema, replyMaterialShape } from "../../details/schemas.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const replyAfterCsSilence = defineRule({
  id: "reply-after-cs-silence",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 75,
  owner: "support_team",
  blocking: false,
  summary:
    "Reply to ticket {ticketId} yourself: {csChannel} has not answered in {timeoutMinutes} minutes and the customer is waiting.",
  description:
    "A side conversation unanswered past csResponseTimeoutMinutes does not leave the customer hanging: support replies.",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "withinSupportHours" },
      { condition: "awaitingReply" },
      { fact: "csConsultation", operator: "equal", value: "silent" },
    ],
  },
  detailsSchema: z.strictObject({
    consultationOpenedAt: z.string().nullable().describe("When the side conversation was opened."),
    timeoutMinutes: z
      .int()
      .describe("How long CS had to answer (config csResponseTimeoutMinutes)."),
    ...replyMaterialShape,
    outranked: OutrankedSchema,
  }),
  details: (s) => ({
    consultationOpenedAt: s.ticket.csConsultation?.openedAt ?? null,
    timeoutMinutes: s.config.csResponseTimeoutMinutes,
    ...replyMaterial(s),
  }),
  words: (_, d) => ({ timeoutMinutes: String(d.timeoutMinutes) }),
});
