import { IMPACT_OVER } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const postmortemFeedback = {
  id: "postmortem-feedback",
  handbook: "After an incident resolves",
  level: "incident",
  statuses: IMPACT_OVER,
  priority: 10,
  action: "postmortem_feedback",
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
  event: { type: "postmortem_feedback" },
} satisfies IncidentRule;
