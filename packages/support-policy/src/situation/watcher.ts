import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import type { Person } from "../schemas/person.js";
import { type RosterEntry, samePerson } from "../time/coverage.js";
import { type Interval, intervalAt } from "../time/intervals.js";
import { awayIntervals, workingDays } from "../time/working-days.js";

/** Why an assigned watcher is not there. */
export type WatcherAbsence = "out_of_office" | "outside_working_hours";

/** The assigned Support Watcher as the policy sees them at one instant. */
export interface WatcherState {
  person: Person;
  /** Their working days: stretches of work joined across short breaks. */
  days: Interval[];
  /** The working day they are in now; undefined when they are off shift or out of office. */
  today: Interval | undefined;
  absence: WatcherAbsence | undefined;
  /** When they were last on shift (the end of their last working day), if within the schedule. */
  offSince: number | undefined;
}

/**
 * The watcher's state, scheduled from their roster entry (the support roster always includes
 * the watcher, see supportPeople). A watcher on a lunch break is still in their working day.
 */
export function watcherState(
  incident: Incident,
  roster: readonly RosterEntry[],
  now: number,
  config: Config,
): WatcherState | undefined {
  const person = incident.roles.supportWatcher;
  if (!person) return undefined;
  const entry = roster.find((member) => samePerson(member.person, person));
  const away = awayIntervals(entry?.person ?? person);
  const days = workingDays(entry?.intervals ?? [], away, config.shiftBreakMaxMinutes);
  const today = intervalAt(days, now);
  const ended = days.filter((day) => day.end <= now).at(-1);
  const outOfOffice = away.some((range) => range.start <= now && now < range.end);
  return {
    person,
    days,
    today,
    absence: today ? undefined : outOfOffice ? "out_of_office" : "outside_working_hours",
    offSince: today ? undefined : ended?.end,
  };
}

/** The people whose hours count as support coverage: the team, plus a watcher not listed in it. */
export const supportPeople = (team: readonly Person[], incident: Incident): Person[] => {
  const watcher = incident.roles.supportWatcher;
  return watcher ? [...team, watcher] : [...team];
};
