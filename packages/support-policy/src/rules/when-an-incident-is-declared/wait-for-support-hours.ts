import { z } from "zod";
import { loopIn, outOfHoursNote, replyMaterial } from "../../details/reply.js";
import { InstantOut, LoopInSchema, replyMaterialShape } from "../../details/schemas.js";
import { SeveritySchema } from "../../schemas/incident.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const waitForSupportHours = defineRule({
  id: "wait-for-support-hours",
  handbook: "When an incident is declared",
  level: "ticket",
  statuses: LIVE,
  priority: 85,
  owner: "support_team",
  blocking: false,
  summary: "Ticket {ticketId} waits for support hours, which resume at {until}{loopInNote}.",
  description:
    "Outside support hours, a waiting customer on an incident below onCallGlobalMinSeverity is answered when support hours resume; so is one whose account team said they will handle it, whatever the severity, since the on-call answering too would duplicate comms. This is the ticket's only reply decision then; a heads-up to an enterprise customer's TAM/CSM goes in its details (loopIn).",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "awaitingReply" },
      { condition: "outsideSupportHours" },
      {
        any: [
          { fact: "atOrAboveOnCallGlobalSeverity", operator: "equal", value: false },
          { fact: "csConsultation", operator: "equal", value: "handles" },
        ],
      },
    ],
  },
  detailsSchema: z.strictObject({
    until: InstantOut.nullable().describe(
      "When support hours resume; null when nobody has hours in the next three weeks.",
    ),
    onCallGlobalMinSeverity: SeveritySchema.describe(
      "The severity from which the engineering on-call takes tickets (config).",
    ),
    csWillHandle: z
      .boolean()
      .describe("The account team said they will answer the customer, so nobody else replies."),
    loopIn: LoopInSchema,
    ...replyMaterialShape,
  }),
  details: (s) => ({
    until: s.coverage.nextCoverageAt,
    onCallGlobalMinSeverity: s.config.onCallGlobalMinSeverity,
    csWillHandle: s.consultation === "handles",
    loopIn: loopIn(s),
    ...replyMaterial(s),
  }),
  words: (s, d) => ({
    until: d.until ?? "no scheduled support hours",
    loopInNote: outOfHoursNote(s),
  }),
});
