import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { IMPACT_OVER } from "../statuses.js";

export const reviewDocs = defineRule({
  id: "review-docs",
  handbook: "After an incident resolves",
  level: "incident",
  statuses: IMPACT_OVER,
  priority: 15,
  owner: "support_watcher",
  blocking: false,
  summary:
    "Check whether docs or help content need a fix after {reference}, and ship it while it is fresh.",
  description:
    "After resolution, docs and help content are checked against what happened; quick fixes ship right away.",
  conditions: {
    all: [{ fact: "docsReviewed", operator: "equal", value: false }],
  },
  detailsSchema: z.strictObject({
    resolvedAt: z.string().nullable().describe("When the incident was resolved."),
  }),
  details: (s) => ({ resolvedAt: s.incident.resolvedAt ?? null }),
});
