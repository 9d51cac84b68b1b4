import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const noSupportCoverage = {
  id: "no-support-coverage",
  handbook: "When an incident is declared",
  level: "incident",
  statuses: LIVE,
  priority: 100,
  action: "no_support_coverage",
  owner: "on_call_global",
  blocking: false,
  summary:
    "Nobody in support is within working hours for {reference}: tickets wait until {nextCoverageAt} or go to {onCallGlobal}.",
  description:
    "There is no on-call support. When nobody in support is within working hours, no watcher is requested; tickets either wait for support hours to resume or go to the engineering on-call.",
  conditions: {
    all: [{ fact: "supportCoverageNow", operator: "equal", value: false }],
  },
  event: { type: "no_support_coverage" },
} satisfies IncidentRule;
