import { IMPACT_OVER } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const reviewDocs = {
  id: "review-docs",
  handbook: "After an incident resolves",
  level: "incident",
  statuses: IMPACT_OVER,
  priority: 15,
  action: "review_docs",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Check whether docs or help content need a fix after {reference}, and ship it while it is fresh.",
  description:
    "After resolution, docs and help content are checked against what happened; quick fixes ship right away.",
  conditions: {
    all: [{ fact: "docsReviewed", operator: "equal", value: false }],
  },
  event: { type: "review_docs" },
} satisfies IncidentRule;
