import type { Person } from "../schemas/person.js";
import { WEEKDAYS, type WorkingInterval } from "../schemas/primitives.js";
import { type Interval, mergeIntervals, subtractIntervals } from "./intervals.js";
import { awayIntervals } from "./working-days.js";
import { addDays, instantAt, localDateAt, weekdayOf } from "./zone.js";

const DAY = 86_400_000;
/** How far before and after the reference instant a schedule is laid out. */
export const SCHEDULE_DAYS_BEFORE = 2;
export const SCHEDULE_DAYS_AFTER = 21;

const minuteOfDay = (clock: string): number => {
  const [hours, minutes] = clock.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/**
 * A person's working time as instants, from `from` to `to`, in their own zone: several intervals
 * a day, shifts whose end is before their start run past midnight, DST is applied by the zone,
 * and out-of-office ranges are cut out.
 */
export function workingIntervals(
  person: Pick<Person, "timezone" | "workingHours" | "outOfOffice">,
  from: number,
  to: number,
  defaultHours: readonly WorkingInterval[],
): Interval[] {
  const hours = person.workingHours ?? defaultHours;
  const raw: Interval[] = [];
  // One day earlier so a shift that began yesterday evening and runs past midnight is included.
  let date = addDays(localDateAt(person.timezone, from), -1);
  const last = addDays(localDateAt(person.timezone, to), 1);
  const lastKey = Date.UTC(last.year, last.month - 1, last.day);
  while (Date.UTC(date.year, date.month - 1, date.day) <= lastKey) {
    const weekday = WEEKDAYS[weekdayOf(date)];
    for (const interval of hours) {
      if (weekday === undefined || !interval.days.includes(weekday)) continue;
      const startMinute = minuteOfDay(interval.start);
      let endMinute = minuteOfDay(interval.end);
      if (endMinute <= startMinute) endMinute += 1440;
      const start = instantAt(person.timezone, date, startMinute);
      const end = instantAt(person.timezone, date, endMinute);
      if (end > from && start < to && end > start) raw.push({ start, end });
    }
    date = addDays(date, 1);
  }
  return subtractIntervals(mergeIntervals(raw), awayIntervals(person));
}

/** A person's schedule laid out around one instant, computed once and queried many times. */
export function scheduleAround(
  person: Pick<Person, "timezone" | "workingHours" | "outOfOffice">,
  at: number,
  defaultHours: readonly WorkingInterval[],
): Interval[] {
  return workingIntervals(
    person,
    at - SCHEDULE_DAYS_BEFORE * DAY,
    at + SCHEDULE_DAYS_AFTER * DAY,
    defaultHours,
  );
}
