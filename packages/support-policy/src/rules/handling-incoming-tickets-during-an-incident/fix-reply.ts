import { LIVE_OR_OVER } from "../statuses.js";
import type { TicketRule } from "../types.js";

export const fixReply = {
  id: "fix-reply",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE_OR_OVER,
  priority: 65,
  action: "fix_reply",
  owner: "support_team",
  blocking: false,
  summary: "Fix the draft reply on ticket {ticketId} before sending it ({findingCount}).",
  description:
    "A draft reply to an incident-related ticket with error-level lint findings (generic wording, jargon, no status page link, internal links) is fixed before it is sent; warnings alone never ask for it, and ride along in the findings when an error does.",
  conditions: {
    all: [
      { fact: "related", operator: "equal", value: true },
      { fact: "draftErrorCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "fix_reply" },
} satisfies TicketRule;
