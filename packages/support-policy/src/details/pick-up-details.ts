import type { IncidentSituation } from "../facts/situation.js";
import { iso, personRef } from "./types.js";

/** The newest handover note in the workflow thread, as the pickup steps point at it. */
const newestNote = (s: IncidentSituation) => {
  const notes = [...(s.incident.handoverNotes ?? [])].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at),
  );
  const note = notes.at(-1);
  return note ? { at: iso(Date.parse(note.at)), by: note.by ?? null, url: note.url ?? null } : null;
};

/** The handbook's steps for picking up an incident from a previous timezone, in our words. */
export const pickUpChecklist = (
  teamChannel: string,
  note: { at: string; url: string | null } | null = null,
): string[] => [
  note
    ? `read the handover note the previous watcher left in the ${teamChannel} workflow thread at ${note.at}${note.url ? ` (${note.url})` : ""}`
    : `read the handover notes the previous watcher left in the ${teamChannel} workflow thread`,
  note
    ? `scan the incident channel for updates posted since ${note.at}`
    : "scan the incident channel for updates posted since those notes were written",
  `raise your hand on the original ${teamChannel} workflow post if you have not yet, and join the incident channel to take the Support Watcher role`,
];

/** A watcher request made because the assigned watcher is off shift or out of office. */
export function pickUpDetails(s: IncidentSituation) {
  const watcher = s.watcher;
  const absent = watcher?.absence !== undefined;
  const why = watcher?.absence === "out_of_office" ? "is out of office" : "is off shift";
  const note = newestNote(s);
  return {
    details: {
      pickUp:
        watcher && absent
          ? {
              previousWatcher: personRef(watcher.person),
              handoverNote: note,
              checklist: pickUpChecklist(s.config.teamChannel, note),
            }
          : null,
      watcherAbsence: watcher?.absence ?? null,
      watcherOffSince: watcher?.offSince === undefined ? null : iso(watcher.offSince),
    },
    note: watcher && absent ? ` to pick it up from ${watcher.person.name}, who ${why}` : "",
  };
}
