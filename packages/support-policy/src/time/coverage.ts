import type { Person } from "../schemas/person.js";
import { DEFAULT_WORKING_HOURS, type WorkingInterval } from "../schemas/primitives.js";
import {
  currentOrNextBlock,
  type InstantLike,
  minutesAheadIn,
  minutesLeftIn,
  toMillis,
} from "./business-hours.js";
import { type Interval, intervalAfter, intervalAt } from "./intervals.js";
import { scheduleAround } from "./schedule.js";

/** A team member with their schedule laid out around one instant. */
export interface RosterEntry {
  person: Person;
  intervals: Interval[];
}

export const rosterAround = (
  team: readonly Person[],
  at: number,
  defaultHours: readonly WorkingInterval[],
): RosterEntry[] =>
  team.map((person) => ({ person, intervals: scheduleAround(person, at, defaultHours) }));

export interface OnShift {
  person: Person;
  /** When their current stretch of work ends (ISO, UTC). */
  until: string;
  minutesLeft: number;
}

export interface Upcoming {
  person: Person;
  /** When their next stretch of work starts (ISO, UTC). */
  at: string;
}

export interface Coverage {
  at: string;
  /** People within working hours, most working time left first. */
  working: OnShift[];
  /** Everyone else who has working hours in the next three weeks, soonest first. */
  upcoming: Upcoming[];
  /** When somebody's hours next start or end: the moment this picture changes. */
  nextChangeAt: string | null;
  /** Now when someone is working, else the earliest start (out-of-office respected). */
  nextCoverageAt: string | null;
}

const byName = (a: Person, b: Person) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const iso = (instant: number) => new Date(instant).toISOString();

/** Who in the team is on now, who comes on next, and when that changes. */
export function coverageFromRoster(roster: readonly RosterEntry[], at: number): Coverage {
  const working: OnShift[] = [];
  const upcoming: Upcoming[] = [];
  const changes: number[] = [];
  for (const { person, intervals } of roster) {
    const block = intervalAt(intervals, at);
    if (block) {
      working.push({ person, until: iso(block.end), minutesLeft: minutesLeftIn(intervals, at) });
      changes.push(block.end);
      continue;
    }
    const next = intervalAfter(intervals, at);
    if (next) {
      upcoming.push({ person, at: iso(next.start) });
      changes.push(next.start);
    }
  }
  working.sort((a, b) => b.minutesLeft - a.minutesLeft || byName(a.person, b.person));
  upcoming.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || byName(a.person, b.person));
  const nextChange = changes.length > 0 ? Math.min(...changes) : undefined;
  const firstUpcoming = upcoming[0]?.at ?? null;
  return {
    at: iso(at),
    working,
    upcoming,
    nextChangeAt: nextChange === undefined ? null : iso(nextChange),
    nextCoverageAt: working.length > 0 ? iso(at) : firstUpcoming,
  };
}

export function coverageAt(
  team: readonly Person[],
  now: InstantLike,
  config: { defaultWorkingHours?: readonly WorkingInterval[] } = {},
): Coverage {
  const at = toMillis(now);
  return coverageFromRoster(
    rosterAround(team, at, config.defaultWorkingHours ?? DEFAULT_WORKING_HOURS),
    at,
  );
}

export interface HandoverCandidate {
  person: Person;
  /** Working minutes from the handover to the end of their current or next stretch. */
  minutesAhead: number;
  /** When they are (or come) online for that stretch (ISO, UTC). */
  from: string;
}

/**
 * Everyone but the outgoing watcher who works at `at` or starts within `horizonMinutes`, best
 * first: most working minutes ahead, then earliest online, then name.
 */
export function handoverCandidates(
  roster: readonly RosterEntry[],
  outgoing: Person | undefined,
  at: number,
  horizonMinutes: number,
): HandoverCandidate[] {
  const candidates: HandoverCandidate[] = [];
  for (const { person, intervals } of roster) {
    if (outgoing && samePerson(person, outgoing)) continue;
    const block = currentOrNextBlock(intervals, at);
    if (!block || block.start > at + horizonMinutes * 60_000) continue;
    const from = Math.max(at, block.start);
    candidates.push({ person, minutesAhead: minutesAheadIn(intervals, at), from: iso(from) });
  }
  return candidates.sort(
    (a, b) =>
      b.minutesAhead - a.minutesAhead ||
      Date.parse(a.from) - Date.parse(b.from) ||
      byName(a.person, b.person),
  );
}

/** People are the same when their emails match, or, without emails, their names. */
export const samePerson = (a: Person, b: Person): boolean =>
  a.email !== undefined && b.email !== undefined ? a.email === b.email : a.name === b.name;
