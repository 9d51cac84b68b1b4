import type { IncidentSituation } from "../facts/situation.js";
import { iso, personRef } from "./types.js";

/** The handbook's steps for picking up an incident from a previous timezone, in our words. */
export const pickUpChecklist = (teamChannel: string): string[] => [
  `read the handover notes the previous watcher left in the ${teamChannel} workflow thread`,
  "scan the incident channel for updates posted since those notes were written",
  `raise your hand on the original ${teamChannel} workflow post if you have not yet, and join the incident channel to take the Support Watcher role`,
];

/** A watcher request made because the assigned watcher is off shift or out of office. */
export function pickUpDetails(s: IncidentSituation) {
  const watcher = s.watcher;
  const absent = watcher?.absence !== undefined;
  const why = watcher?.absence === "out_of_office" ? "is out of office" : "is off shift";
  return {
    details: {
      pickUp:
        watcher && absent
          ? {
              previousWatcher: personRef(watcher.person),
              checklist: pickUpChecklist(s.config.teamChannel),
            }
          : null,
      watcherAbsence: watcher?.absence ?? null,
      watcherOffSince: watcher?.offSince === undefined ? null : iso(watcher.offSince),
    },
    note: watcher && absent ? ` to pick it up from ${watcher.person.name}, who ${why}` : "",
  };
}
