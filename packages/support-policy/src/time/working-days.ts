import type { Person } from "../schemas/person.js";
import { type Interval, mergeIntervals } from "./intervals.js";

const MINUTE = 60_000;

/** A person's out-of-office ranges as merged intervals. */
export const awayIntervals = (person: Pick<Person, "outOfOffice">): Interval[] =>
  mergeIntervals(
    (person.outOfOffice ?? []).map((range) => ({
      start: Date.parse(range.from),
      end: Date.parse(range.to),
    })),
  );

const overlapsAny = (ranges: readonly Interval[], start: number, end: number): boolean =>
  ranges.some((range) => range.start < end && range.end > start);

/**
 * Working days: stretches of work joined across breaks shorter than `maxBreakMinutes` (a lunch
 * break does not end the day), but never across out-of-office time, which does.
 */
export function workingDays(
  intervals: readonly Interval[],
  away: readonly Interval[],
  maxBreakMinutes: number,
): Interval[] {
  const days: Interval[] = [];
  for (const interval of intervals) {
    const last = days.at(-1);
    const joins =
      last !== undefined &&
      interval.start - last.end < maxBreakMinutes * MINUTE &&
      !overlapsAny(away, last.end, interval.start);
    if (last && joins) last.end = Math.max(last.end, interval.end);
    else days.push({ ...interval });
  }
  return days;
}

/** Working minutes (breaks left out) between two instants. */
export function workingMinutesBetween(
  intervals: readonly Interval[],
  from: number,
  to: number,
): number {
  let total = 0;
  for (const interval of intervals) {
    const start = Math.max(interval.start, from);
    const end = Math.min(interval.end, to);
    if (end > start) total += end - start;
  }
  return Math.round(total / MINUTE);
}
