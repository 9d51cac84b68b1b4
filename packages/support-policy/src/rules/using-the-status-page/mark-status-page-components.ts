import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const markStatusPageComponents = {
  id: "mark-status-page-components",
  handbook: "Using the status page",
  level: "incident",
  statuses: LIVE,
  priority: 65,
  action: "mark_status_page_components",
  owner: "support_watcher",
  blocking: false,
  summary: "Correct the components on the status page for {reference}: {corrections}.",
  description:
    "The components marked on the status page must match the incident's affected components: none missing, none extra.",
  conditions: {
    all: [
      { fact: "hasStatusPage", operator: "equal", value: true },
      {
        any: [
          { fact: "componentsMissingCount", operator: "greaterThan", value: 0 },
          { fact: "componentsExtraCount", operator: "greaterThan", value: 0 },
        ],
      },
    ],
  },
  event: { type: "mark_status_page_components" },
} satisfies IncidentRule;
