import type { IncidentRule } from "../types.js";

export const requestSupportWatcher = {
  id: "request-support-watcher",
  handbook: "When an incident is declared",
  level: "incident",
  priority: 95,
  action: "request_support_watcher",
  owner: "support_team",
  blocking: false,
  summary:
    "{reference} needs a Support Watcher: {volunteerHint} in {teamChannel} (in working hours now: {candidateNames}).",
  description:
    "While a live incident has no Support Watcher and someone in support is within working hours, the team is asked for a volunteer. Candidates are listed with the most working time left first; once volunteerAfterMinutes have passed since the request, anyone around is expected to volunteer.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      { fact: "hasWatcher", operator: "equal", value: false },
      { fact: "supportCoverageNow", operator: "equal", value: true },
    ],
  },
  event: { type: "request_support_watcher" },
} satisfies IncidentRule;
