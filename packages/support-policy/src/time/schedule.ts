import type { Person } from "../schemas/person.js";
import { WEEKDAYS, type WorkingInterval } from "../schemas/primitives.js";
import { type Interval, mergeIntervals, subtractIntervals } from "./intervals.js";
import { awayIntervals } from "./working-days.js";
import { instantAtWall, localDateAt } from "./zone.js";

const MINUTE = 60_000;
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
  // Read once, not once a day: the weekdays and the minutes of each interval.
  const hours = (person.workingHours ?? defaultHours).map((interval) => {
    const startMinute = minuteOfDay(interval.start);
    const endMinute = minuteOfDay(interval.end);
    return {
      days: new Set<string>(interval.days),
      startMinute,
      endMinute: endMinute <= startMinute ? endMinute + 1440 : endMinute,
    };
  });
  const raw: Interval[] = [];
  // Days as numbers (days since 1970-01-01, a Thursday); one day earlier so a shift that began
  // yesterday evening and runs past midnight is included.
  const dayOf = ({ year, month, day }: { year: number; month: number; day: number }) =>
    Math.round(Date.UTC(year, month - 1, day) / DAY);
  const first = dayOf(localDateAt(person.timezone, from)) - 1;
  const last = dayOf(localDateAt(person.timezone, to)) + 1;
  for (let day = first; day <= last; day++) {
    const weekday = WEEKDAYS[(((day % 7) + 11) % 7) as number];
    for (const { days, startMinute, endMinute } of hours) {
      if (weekday === undefined || !days.has(weekday)) continue;
      const start = instantAtWall(person.timezone, day * DAY + startMinute * MINUTE);
      const end = instantAtWall(person.timezone, day * DAY + endMinute * MINUTE);
      if (end > from && start < to && end > start) raw.push({ start, end });
    }
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
