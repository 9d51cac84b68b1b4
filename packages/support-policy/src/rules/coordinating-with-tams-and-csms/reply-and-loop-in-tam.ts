import { z } from "zod";
import { accountTeamWords, loopIn, replyMaterial } from "../../details/reply.js";
import { LoopInSchema, OutrankedSchema, replyMaterialShape } from "../../details/schemas.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const replyAndLoopInTam = defineRule({
  id: "reply-and-loop-in-tam",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 75,
  owner: "support_team",
  blocking: false,
  summary:
    "Reply to ticket {ticketId} now and loop in {accountTeam} as a heads-up: they are offline.",
  description:
    "When the account team of an enterprise customer is outside working hours or out of office, support answers the customer itself and gives the account team a heads-up, whatever the severity.",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "withinSupportHours" },
      { condition: "awaitingReply" },
      { fact: "accountTeamOffline", operator: "equal", value: true },
      // Not while a side conversation with CS is open or answered: those rules decide then.
      { fact: "csConsultation", operator: "equal", value: "none" },
    ],
  },
  detailsSchema: z.strictObject({
    loopIn: LoopInSchema,
    ...replyMaterialShape,
    outranked: OutrankedSchema,
  }),
  details: (s) => ({ loopIn: loopIn(s), ...replyMaterial(s) }),
  words: (s) => ({ accountTeam: accountTeamWords(s) }),
});
