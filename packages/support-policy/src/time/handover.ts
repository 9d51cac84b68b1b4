import type { Person } from "../schemas/person.js";
import { type RosterEntry, samePerson } from "./coverage.js";
import { intervalAfter, intervalAt } from "./intervals.js";
import { awayIntervals, workingDays, workingMinutesBetween } from "./working-days.js";

const MINUTE = 60_000;

export interface HandoverCandidate {
  person: Person;
  /** When they are (or come) online for the day the handover falls in or before (epoch ms). */
  from: number;
  /** When that working day ends (epoch ms). */
  until: number;
  /** Working minutes from `from` to the end of that day, breaks left out. */
  minutesAhead: number;
}

export interface HandoverOptions {
  /** Candidates work at the handover or start within this many minutes after it. */
  comingOnlineMinutes: number;
  /** Breaks shorter than this do not end a working day. */
  shiftBreakMaxMinutes: number;
}

export interface HandoverTargets {
  /** Everyone who qualifies, best first: most minutes ahead, then earliest online, then name. */
  qualified: HandoverCandidate[];
  /** The next person to come online, for when nobody qualifies (undefined when nobody does). */
  nextOnline: HandoverCandidate | undefined;
}

const byName = (a: Person, b: Person) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** One roster entry's stretch of work at or after `at`, measured through the end of its day. */
function candidateAt(
  entry: RosterEntry,
  at: number,
  shiftBreakMaxMinutes: number,
): HandoverCandidate | undefined {
  const block = intervalAt(entry.intervals, at) ?? intervalAfter(entry.intervals, at);
  if (!block) return undefined;
  const from = Math.max(at, block.start);
  const days = workingDays(entry.intervals, awayIntervals(entry.person), shiftBreakMaxMinutes);
  const until = intervalAt(days, from)?.end ?? block.end;
  return {
    person: entry.person,
    from,
    until,
    minutesAhead: workingMinutesBetween(entry.intervals, from, until),
  };
}

/**
 * Who can take over from `outgoing` at `at`: the people working then or coming online within
 * `comingOnlineMinutes`, and the next person to come online for when nobody does. The outgoing
 * watcher is never a candidate.
 */
export function handoverTargets(
  roster: readonly RosterEntry[],
  outgoing: Person | undefined,
  at: number,
  options: HandoverOptions,
): HandoverTargets {
  const all = roster
    .filter((entry) => !(outgoing && samePerson(entry.person, outgoing)))
    .flatMap((entry) => candidateAt(entry, at, options.shiftBreakMaxMinutes) ?? []);
  const qualified = all
    .filter((candidate) => candidate.from - at <= options.comingOnlineMinutes * MINUTE)
    .sort(
      (a, b) => b.minutesAhead - a.minutesAhead || a.from - b.from || byName(a.person, b.person),
    );
  const [nextOnline] = [...all].sort(
    (a, b) => a.from - b.from || b.minutesAhead - a.minutesAhead || byName(a.person, b.person),
  );
  return { qualified, nextOnline };
}
