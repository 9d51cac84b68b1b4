import type { IncidentRule } from "../types.js";

export const handover = {
  id: "handover",
  handbook: "Handing over across timezones",
  level: "incident",
  priority: 85,
  action: "handover",
  owner: "support_watcher",
  blocking: false,
  summary: "Hand {reference} over to {to} in the {teamChannel} workflow thread by {at}{notesNote}.",
  description:
    "When the watcher's working hours end within handoverLeadMinutes (or already ended) on a live incident, they hand over to the colleague with the longest stretch of work still to come, posting status, ticket count, key information and what customers were told; detailed notes when nobody else is online.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      { fact: "hasWatcher", operator: "equal", value: true },
      {
        fact: "watcherMinutesLeft",
        operator: "lessThanInclusive",
        value: { fact: "handoverLeadMinutes" },
      },
    ],
  },
  event: { type: "handover" },
} satisfies IncidentRule;
