import { LIVE } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const replyAndLoopInTam = {
  id: "reply-and-loop-in-tam",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  statuses: LIVE,
  priority: 75,
  action: "reply_and_loop_in_tam",
  owner: "support_team",
  blocking: false,
  summary:
    "Reply to ticket {ticketId} now and loop in {accountTeam} as a heads-up: they are offline.",
  description:
    "When the account team of an enterprise customer is outside working hours or out of office, support answers the customer itself and gives the account team a heads-up, whatever the severity.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "supportCoverageNow", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "accountTeamOffline", operator: "equal", value: true },
      // Not while a side conversation with CS is open or answered: those rules decide then.
      { fact: "csRoute", operator: "in", value: ["minor_direct", "account_team_offline"] },
    ],
  },
  event: { type: "reply_and_loop_in_tam" },
} satisfies TicketRule;
