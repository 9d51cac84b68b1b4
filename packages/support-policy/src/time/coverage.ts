import type { Person } from "../schemas/person.js";
import { DEFAULT_WORKING_HOURS, type WorkingInterval } from "../schemas/primitives.js";
import { type InstantLike, minutesLeftIn, toMillis } from "./business-hours.js";
import { type Interval, intervalAfter, intervalAt } from "./intervals.js";
import { scheduleAround } from "./schedule.js";

/** A team member with their schedule laid out around one instant. */
export interface RosterEntry {
  person: Person;
  intervals: Interval[];
}

/** Everyone's schedule around one instant; a person listed twice is laid out once. */
export const rosterAround = (
  team: readonly Person[],
  at: number,
  defaultHours: readonly WorkingInterval[],
): RosterEntry[] =>
  uniquePeople(team).map((person) => ({
    person,
    intervals: scheduleAround(person, at, defaultHours),
  }));

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

const normalised = (text: string): string => text.trim().toLowerCase();

/**
 * People are the same when their emails match, or, when either has no email, their names
 * (both ignoring case and surrounding spaces).
 */
export const samePerson = (a: Person, b: Person): boolean =>
  a.email !== undefined && b.email !== undefined
    ? normalised(a.email) === normalised(b.email)
    : normalised(a.name) === normalised(b.name);

/** The roster without repeats: a person listed twice keeps their first entry. */
export function uniquePeople(people: readonly Person[]): Person[] {
  // The same test as samePerson, with sets so a large roster stays linear.
  const emails = new Set<string>();
  const names = new Set<string>();
  const namesWithoutEmail = new Set<string>();
  const unique: Person[] = [];
  for (const person of people) {
    const name = normalised(person.name);
    const email = person.email === undefined ? undefined : normalised(person.email);
    const repeated =
      email === undefined ? names.has(name) : emails.has(email) || namesWithoutEmail.has(name);
    if (repeated) continue;
    unique.push(person);
    names.add(name);
    if (email === undefined) namesWithoutEmail.add(name);
    else emails.add(email);
  }
  return unique;
}
