import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { IMPACT_OVER } from "../statuses.js";

export const postmortemFeedback = defineRule({
  id: "postmortem-feedback",
  handbook: "After an incident resolves",
  level: "incident",
  statuses: IMPACT_OVER,
  priority: 10,
  owner: "support_watcher",
  blocking: false,
  summary:
    "Read the post-mortem for {reference} and add support's feedback on the customer impact.",
  description:
    "Major incidents get a post-mortem; support reads it and adds what it saw: missing information, communication that failed, ticket patterns.",
  conditions: {
    all: [
      { fact: "severityIsMajor", operator: "equal", value: true },
      { fact: "hasPostMortem", operator: "equal", value: true },
      { fact: "postMortemFeedbackGiven", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    url: z.string().nullable().describe("The post-mortem document."),
  }),
  details: (s) => ({ url: s.incident.postMortem?.url ?? null }),
});
