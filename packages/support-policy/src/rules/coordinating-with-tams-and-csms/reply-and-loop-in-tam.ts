import type { TicketRule } from "../types.js";

export const replyAndLoopInTam = {
  id: "reply-and-loop-in-tam",
  handbook: "Coordinating with TAMs and CSMs",
  level: "ticket",
  priority: 75,
  action: "reply_and_loop_in_tam",
  owner: "support_team",
  blocking: false,
  summary:
    "Reply to ticket {ticketId} now and loop in {accountTeam} as a heads-up: they are offline.",
  description:
    "When the account team of an enterprise customer is outside working hours or out of office on a major or security incident, support answers and gives them a heads-up.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "live", operator: "equal", value: true },
      { fact: "customerWaiting", operator: "equal", value: true },
      { fact: "csRoute", operator: "equal", value: "account_team_offline" },
    ],
  },
  event: { type: "reply_and_loop_in_tam" },
} satisfies TicketRule;
