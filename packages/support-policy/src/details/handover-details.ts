import type { IncidentSituation } from "../facts/situation.js";
import { type HandoverCandidate, handoverTargets } from "../time/handover.js";
import { type DetailResult, iso, personRef } from "./types.js";

/** What a handover post must cover (see the handbook's handover section). */
export const HANDOVER_NOTE_CHECKLIST = [
  "state of the incident: the impact and the work under way",
  "an estimate of the related ticket count",
  "anything the incoming watcher must know",
  "what customers have been told, so answers stay consistent",
] as const;

const targetRef = (candidate: HandoverCandidate) => ({
  ...personRef(candidate.person),
  from: iso(candidate.from),
  until: iso(candidate.until),
  minutesAhead: candidate.minutesAhead,
});

/**
 * The handover: at the end of the watcher's working day, or now when they are already off shift
 * or out of office; to the qualified colleague with the most working minutes ahead, else to the
 * next person to come online with detailed notes.
 */
export function handoverDetails(s: IncidentSituation): DetailResult {
  const today = s.watcher?.today;
  const at = today ? today.end : s.now;
  const comingOnlineMinutes = s.config.handoverComingOnlineMinutes;
  const { qualified, nextOnline } = handoverTargets(s.roster, s.watcher?.person, at, {
    comingOnlineMinutes,
    shiftBreakMaxMinutes: s.config.shiftBreakMaxMinutes,
  });
  const target = qualified[0] ?? nextOnline;
  const detailedNotes = qualified.length === 0;
  const nobodyNear = `nobody in support is working or comes online within ${comingOnlineMinutes} minutes of the handover`;
  const notesNote = !detailedNotes
    ? ""
    : target
      ? `, with detailed notes: ${nobodyNear}, and ${target.person.name} is the next to come online, at ${iso(target.from)}`
      : `, with detailed notes: ${nobodyNear}, and nobody has working hours in the next three weeks`;
  const absence = s.watcher?.absence;
  return {
    details: {
      to: target ? targetRef(target) : null,
      at: iso(at),
      watcherOffShift: absence !== undefined,
      detailedNotes,
      noteChecklist: [...HANDOVER_NOTE_CHECKLIST],
      relatedTicketCount: s.queueMatches.length,
      channel: s.config.teamChannel,
    },
    due: iso(at),
    words: {
      to: target?.person.name ?? "whoever comes online next",
      at: iso(at),
      offShiftNote:
        absence === "out_of_office"
          ? " (now: the watcher is out of office)"
          : absence === "outside_working_hours"
            ? " (now: the watcher's working day is over)"
            : "",
      notesNote,
    },
  };
}
