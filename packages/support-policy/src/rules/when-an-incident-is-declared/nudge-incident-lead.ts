import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const nudgeIncidentLead = {
  id: "nudge-incident-lead",
  handbook: "When an incident is declared",
  level: "incident",
  statuses: LIVE,
  priority: 90,
  action: "nudge_incident_lead",
  owner: "incident_lead",
  blocking: false,
  summary:
    "Remind the incident lead of {reference} to give someone the Support Watcher role; support covers incidents only within its working hours{coverageNote}.",
  description:
    "When nobody from support has taken a live incident nudgeAfterMinutes after the request (or the declaration), the incident lead is reminded to assign the role, with the note that support watches only during business hours. It does not depend on support coverage: outside support hours it is the lead's only reminder, and its details say whether anyone in support is working now and when support hours next start.",
  conditions: {
    all: [
      { fact: "hasWatcher", operator: "equal", value: false },
      {
        fact: "minutesSinceWatcherRequested",
        operator: "greaterThanInclusive",
        value: { fact: "nudgeAfterMinutes" },
      },
    ],
  },
  event: { type: "nudge_incident_lead" },
} satisfies IncidentRule;
