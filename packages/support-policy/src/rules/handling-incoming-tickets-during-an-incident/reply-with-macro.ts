import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const replyWithMacro = {
  id: "reply-with-macro",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE,
  priority: 70,
  action: "reply_with_macro",
  owner: "support_team",
  blocking: false,
  summary: "Reply to ticket {ticketId} with the macro for {reference}.",
  description:
    "A waiting customer on a live incident is answered with the macro when it is usable (exists and, where Comms review is required, approved), never with a generic holding message.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: true },
      { fact: "macroUsable", operator: "equal", value: true },
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
  event: { type: "reply_with_macro" },
} satisfies TicketRule;
