import { z } from "zod";
import { loopIn, outOfHoursNote, replyMaterial } from "../../details/reply.js";
import { InstantOut, LoopInSchema, replyMaterialShape } from "../../details/schemas.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const escalateToOnCallGlobal = defineRule({
  id: "escalate-to-on-call-global",
  handbook: "When an incident is declared",
  level: "ticket",
  statuses: LIVE,
  priority: 85,
  owner: "on_call_global",
  blocking: false,
  summary:
    "Hand ticket {ticketId} to {onCallGlobal}: nobody in support is within working hours and the incident is {severity}{loopInNote}.",
  description:
    "Outside support hours, a waiting customer on an incident at or above onCallGlobalMinSeverity is handled by the engineering on-call, unless their account team said they will handle it. This is the ticket's only reply decision then; a heads-up to an enterprise customer's TAM/CSM goes in its details (loopIn).",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "awaitingReply" },
      { condition: "outsideSupportHours" },
      { fact: "atOrAboveOnCallGlobalSeverity", operator: "equal", value: true },
      { fact: "csConsultation", operator: "notEqual", value: "handles" },
    ],
  },
  detailsSchema: z.strictObject({
    handle: z.string().describe("The engineering on-call's handle (config onCallGlobal)."),
    supportBackAt: InstantOut.nullable().describe(
      "When support hours resume; null when nobody has hours in the next three weeks.",
    ),
    loopIn: LoopInSchema,
    ...replyMaterialShape,
  }),
  details: (s) => ({
    handle: s.config.onCallGlobal,
    supportBackAt: s.coverage.nextCoverageAt,
    loopIn: loopIn(s),
    ...replyMaterial(s),
  }),
  words: (s) => ({ loopInNote: outOfHoursNote(s) }),
});
