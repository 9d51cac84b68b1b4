import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const replyWithStatusLink = {
  id: "reply-with-status-link",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE,
  priority: 70,
  action: "reply_with_status_link",
  owner: "support_team",
  blocking: false,
  summary:
    "Reply to ticket {ticketId} with the impact as we know it, the status page link and a timeline, or say there is no timeline yet.",
  description:
    "Without a usable macro, the reply explains the impact, links the status page so customers can follow it themselves, and gives a real timeline or says there is none.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: true },
      { fact: "macroUsable", operator: "equal", value: false },
      {
        fact: "csRoute",
        operator: "in",
        value: [
          "not_enterprise",
          "no_account_team",
          "minor_direct",
          "account_team_offline",
          "cs_silent",
          "cs_declined",
        ],
      },
    ],
  },
  event: { type: "reply_with_status_link" },
} satisfies TicketRule;
