import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const requestSupportWatcher = {
  id: "request-support-watcher",
  handbook: "When an incident is declared",
  level: "incident",
  statuses: LIVE,
  priority: 95,
  action: "request_support_watcher",
  owner: "support_team",
  blocking: false,
  summary:
    "{reference} needs a Support Watcher{pickUpNote}: {volunteerHint} in {teamChannel} (in working hours now: {candidateNames}).",
  description:
    "While a live incident has no Support Watcher, or its watcher is off shift or out of office, and someone in support is within working hours, the team is asked for a volunteer. Candidates are listed with the most working time left first; once volunteerAfterMinutes have passed since the request (or since an absent watcher went off), anyone around is expected to volunteer. Picking up from an absent watcher comes with the handbook's pickup steps: read their notes, catch up on the incident channel since, raise your hand on the original workflow post.",
  conditions: {
    all: [
      {
        any: [
          { fact: "hasWatcher", operator: "equal", value: false },
          { fact: "watcherAbsent", operator: "equal", value: true },
        ],
      },
      { fact: "supportCoverageNow", operator: "equal", value: true },
    ],
  },
  event: { type: "request_support_watcher" },
} satisfies IncidentRule;
