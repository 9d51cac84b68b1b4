import { z } from "zod";
import { InstantOut, PersonRefSchema } from "../../details/schemas.js";
import { personRef } from "../../details/words.js";
import { minutesBetween } from "../../situation/incident-state.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const nudgeIncidentLead = defineRule({
  id: "nudge-incident-lead",
  handbook: "When an incident is declared",
  level: "incident",
  statuses: LIVE,
  priority: 90,
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
  detailsSchema: z.strictObject({
    incidentLead: PersonRefSchema.nullable().describe("Who to remind; null when none is assigned."),
    minutesWaiting: z
      .int()
      .describe("Minutes since the watcher request (or the declaration) without a watcher."),
    businessHoursOnly: z
      .literal(true)
      .describe("The note that goes with the nudge: support watches only during business hours."),
    supportCoverageNow: z
      .boolean()
      .describe("Whether anyone in support is within working hours now."),
    nextCoverageAt: InstantOut.nullable().describe(
      "Now when someone is working, else when support hours next start; null when nobody has hours in the next three weeks.",
    ),
  }),
  details: (s) => ({
    incidentLead: s.incident.roles.incidentLead ? personRef(s.incident.roles.incidentLead) : null,
    minutesWaiting: minutesBetween(s.readings.watcherRequestedAt, s.now),
    businessHoursOnly: true as const,
    supportCoverageNow: s.coverage.working.length > 0,
    nextCoverageAt: s.coverage.nextCoverageAt,
  }),
  words: (_, d) => ({
    coverageNote: d.supportCoverageNow
      ? ""
      : ` (nobody in support is within working hours now; support hours next start at ${d.nextCoverageAt ?? "no scheduled time"})`,
  }),
});
