import { z } from "zod";
import { replyMaterial } from "../../details/reply.js";
import { OutrankedSchema, replyMaterialShape } from "../../details/schemas.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const replyWithMacro = defineRule({
  id: "reply-with-macro",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE,
  priority: 70,
  owner: "support_team",
  blocking: false,
  summary: "Reply to ticket {ticketId} with the macro for {reference}.",
  description:
    "A waiting customer on a live incident is answered with the macro when it is usable (exists and, where Comms review is required, approved), never with a generic holding message.",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "awaitingReply" },
      { condition: "withinSupportHours" },
      { fact: "macroUsable", operator: "equal", value: true },
      { condition: "supportAnswers" },
    ],
  },
  detailsSchema: z.strictObject({
    ...replyMaterialShape,
    macroTitle: z.string().nullable().describe("The macro's title."),
    outranked: OutrankedSchema,
  }),
  details: (s) => ({ ...replyMaterial(s), macroTitle: s.incident.macro?.title ?? null }),
});
