import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const handover = {
  id: "handover",
  handbook: "Handing over across timezones",
  level: "incident",
  statuses: LIVE,
  priority: 85,
  action: "handover",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Hand {reference} over to {to} in the {teamChannel} workflow thread by {at}{offShiftNote}{notesNote}.",
  description:
    "When the watcher's working day ends within handoverLeadMinutes on a live incident (a break shorter than shiftBreakMaxMinutes, such as lunch, does not end it), or they are already off shift or out of office (then the handover is due now), they hand over to a colleague who is working at that moment or comes online within handoverComingOnlineMinutes after it: the one with the most working minutes ahead through the end of their working day (ties: earlier online, then name). The post covers status, ticket count, key information and what customers were told. When nobody qualifies, the target is the next person to come online and the notes must be detailed. The watcher is never their own target. Once a handover note is in the workflow thread (posted at most handoverLeadMinutes before the handover is due, or later), the handover is done.",
  conditions: {
    all: [
      { fact: "hasWatcher", operator: "equal", value: true },
      {
        fact: "watcherMinutesLeft",
        operator: "lessThanInclusive",
        value: { fact: "handoverLeadMinutes" },
      },
      { fact: "handoverNotePosted", operator: "equal", value: false },
    ],
  },
  event: { type: "handover" },
} satisfies IncidentRule;
