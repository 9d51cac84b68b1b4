import { z } from "zod";
import { FindingsSchema } from "../../details/schemas.js";
import { findingWords } from "../../details/words.js";
import { findingCopy } from "../../situation/linting.js";
import { defineRule } from "../define-rule.js";
import { LIVE_OR_OVER } from "../statuses.js";

export const fixReply = defineRule({
  id: "fix-reply",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE_OR_OVER,
  priority: 65,
  owner: "support_team",
  blocking: false,
  summary: "Fix the draft reply on ticket {ticketId} before sending it ({findingCount}).",
  description:
    "A draft reply to an incident-related ticket with error-level lint findings (generic wording, jargon, no status page link, internal links) is fixed before it is sent; warnings alone never ask for it, and ride along in the findings when an error does.",
  conditions: {
    all: [
      { condition: "relatedTicket" },
      { fact: "draftErrorCount", operator: "greaterThan", value: 0 },
    ],
  },
  detailsSchema: z.strictObject({ findings: FindingsSchema }),
  details: (s) => ({ findings: s.draftFindings.map(findingCopy) }),
  words: (_, d) => ({ findingCount: findingWords(d.findings) }),
});
