import type { IncidentRule } from "../types.js";

export const reviewStatusPage = {
  id: "review-status-page",
  handbook: "Using the status page",
  level: "incident",
  priority: 70,
  action: "review_status_page",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Improve the status page message for {reference} together with the incident lead so customers understand it ({findingCount}).",
  description:
    "The status page is the customers' source of truth. A live incident's status page message with lint findings (jargon, vague impact, nothing about what is broken or working) is reviewed with the incident lead.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      { fact: "hasStatusPage", operator: "equal", value: true },
      { fact: "statusPageFindingCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "review_status_page" },
} satisfies IncidentRule;
