import { z } from "zod";
import { MatchReasonSchema } from "../../details/schemas.js";
import type { MatchReason } from "../../match-tickets.js";
import { defineRule } from "../define-rule.js";
import { LIVE_OR_OVER } from "../statuses.js";

/** A reason as the decision carries it: a copy, since the policy keeps the match for later. */
const reasonCopy = ({ words, ...reason }: MatchReason): MatchReason => ({
  ...reason,
  ...(words && { words: [...words] }),
});

export const attachTicket = defineRule({
  id: "attach-ticket",
  handbook: "Handling incoming tickets during an incident",
  level: "ticket",
  statuses: LIVE_OR_OVER,
  priority: 60,
  owner: "support_team",
  blocking: false,
  summary:
    "Attach ticket {ticketId} to {reference} from the incident.io sidebar in Zendesk; that also tags it {tag}.",
  description:
    "Every incident-related ticket is attached to the incident by whoever answers it, which also tags it incident/<number> for tracking. attachedToIncident, when given, is the truth: the macro adds the tag as well, so a tagged ticket can still be unattached. Only when it is not given does the tag count as attached; the queue sweep reads the same fact.",
  conditions: {
    all: [{ condition: "relatedTicket" }, { fact: "attached", operator: "equal", value: false }],
  },
  detailsSchema: z.strictObject({
    tag: z.string().describe("The incident tag attaching adds: incident/<number>."),
    reasons: z
      .array(MatchReasonSchema)
      .describe("Why the ticket looks related (empty when it was only marked related)."),
  }),
  details: (s) => ({ tag: s.readings.tag, reasons: (s.match?.reasons ?? []).map(reasonCopy) }),
});
