import type { TicketRule } from "../types.js";

export const fixReply = {
  id: "fix-reply",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  priority: 65,
  action: "fix_reply",
  owner: "support_team",
  blocking: false,
  summary: "Fix the draft reply on ticket {ticketId} before sending it ({findingCount}).",
  description:
    "A draft reply to an incident-related ticket with lint findings (generic wording, jargon, no status page link, internal links) is fixed before it is sent.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "draftFindingCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "fix_reply" },
} satisfies TicketRule;
