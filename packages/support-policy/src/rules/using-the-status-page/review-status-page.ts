import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const reviewStatusPage = {
  id: "review-status-page",
  handbook: "Using the status page",
  level: "incident",
  statuses: LIVE,
  priority: 70,
  action: "review_status_page",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Improve the status page message for {reference} together with the incident lead so customers understand it ({findingCount}).",
  description:
    "The status page is the customers' source of truth. A live incident's status page message with error-level lint findings (jargon, vague impact, nothing about what is broken or working) is reviewed with the incident lead; warnings alone never ask for it, and ride along in the findings when an error does.",
  conditions: {
    all: [
      { fact: "hasStatusPage", operator: "equal", value: true },
      { fact: "statusPageErrorCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "review_status_page" },
} satisfies IncidentRule;
