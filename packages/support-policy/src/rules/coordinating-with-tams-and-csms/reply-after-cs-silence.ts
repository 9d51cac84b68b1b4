import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const replyAfterCsSilence = {
  id: "reply-after-cs-silence",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 75,
  action: "reply_after_cs_silence",
  owner: "support_team",
  blocking: false,
  summary:
    "Reply to ticket {ticketId} yourself: {csChannel} has not answered in {timeoutMinutes} minutes and the customer is waiting.",
  description:
    "A side conversation unanswered past csResponseTimeoutMinutes does not leave the customer hanging: support replies.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "csRoute", operator: "equal", value: "cs_silent" },
    ],
  },
  event: { type: "reply_after_cs_silence" },
} satisfies TicketRule;
