import { LIVE_OR_OVER } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const proactiveOutreachGate = {
  id: "proactive-outreach-gate",
  handbook: "Creating proactive tickets",
  level: "incident",
  statuses: LIVE_OR_OVER,
  priority: 80,
  action: "proactive_outreach_gate",
  owner: "support_watcher",
  blocking: true,
  summary:
    "Do not create proactive tickets for {reference} yet: waiting for {missingList} to confirm.",
  description:
    "Before any proactive ticket is created, the incident lead confirms and, when one is assigned, the Comms Lead too, so customers do not hear the same thing twice.",
  conditions: {
    all: [
      { fact: "proactiveOutreachRequested", operator: "equal", value: true },
      { fact: "proactiveConfirmationsMissing", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "proactive_outreach_gate" },
} satisfies IncidentRule;
