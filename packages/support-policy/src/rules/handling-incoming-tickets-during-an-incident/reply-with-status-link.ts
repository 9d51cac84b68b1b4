import { z } from "zod";
import { replyMaterial } from "../../details/reply.js";
import { OutrankedSchema, replyMaterialShape } from "../../details/schemas.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

/** What a reply without a usable macro must hold (see the handbook's ticket-handling section). */
export const REPLY_CONTENT = [
  "the known impact",
  "the status page link",
  "an honest timeline, or that none exists yet",
] as const;

export const replyWithStatusLink = defineRule({
  id: "reply-with-status-link",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE,
  priority: 70,
  owner: "support_team",
  blocking: false,
  summary:
    "Reply to ticket {ticketId} with the impact as we know it, the status page link and a timeline, or say there is no timeline yet.",
  description:
    "Without a usable macro, the reply explains the impact, links the status page so customers can follow it themselves, and gives a real timeline or says there is none.",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { condition: "awaitingReply" },
      { condition: "withinSupportHours" },
      { fact: "macroUsable", operator: "equal", value: false },
      { condition: "supportAnswers" },
    ],
  },
  detailsSchema: z.strictObject({
    ...replyMaterialShape,
    mustInclude: z.array(z.string()).describe("What the reply must say."),
    macroWaitingForReview: z
      .boolean()
      .describe("A macro exists but the Comms Lead has not approved it yet."),
    outranked: OutrankedSchema,
  }),
  details: (s) => ({
    ...replyMaterial(s),
    mustInclude: [...REPLY_CONTENT],
    macroWaitingForReview:
      s.incident.macro !== undefined && s.incident.macro.approvedByCommsAt === undefined,
  }),
});
