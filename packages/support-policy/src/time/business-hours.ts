import type { Person } from "../schemas/person.js";
import { DEFAULT_WORKING_HOURS, type WorkingInterval } from "../schemas/primitives.js";
import { type Interval, intervalAfter, intervalAt } from "./intervals.js";
import { scheduleAround } from "./schedule.js";

const MINUTE = 60_000;

export type InstantLike = Date | string | number;
type Scheduled = Pick<Person, "timezone" | "workingHours" | "outOfOffice">;

export const toMillis = (at: InstantLike): number =>
  typeof at === "number" ? at : typeof at === "string" ? Date.parse(at) : at.getTime();

/** The stretch of work that contains `at`, or else the next one to start. */
export function currentOrNextBlock(intervals: Interval[], at: number): Interval | undefined {
  return intervalAt(intervals, at) ?? intervalAfter(intervals, at);
}

/** Minutes of work from `at` to the end of the current or next stretch of work. */
export function minutesAheadIn(intervals: Interval[], at: number): number {
  const block = currentOrNextBlock(intervals, at);
  return block ? Math.round((block.end - Math.max(at, block.start)) / MINUTE) : 0;
}

/** Minutes left in the stretch of work containing `at`; 0 when not working. */
export function minutesLeftIn(intervals: Interval[], at: number): number {
  const block = intervalAt(intervals, at);
  return block ? Math.round((block.end - at) / MINUTE) : 0;
}

export function isWorking(
  person: Scheduled,
  at: InstantLike,
  defaultHours: readonly WorkingInterval[] = DEFAULT_WORKING_HOURS,
): boolean {
  const instant = toMillis(at);
  return intervalAt(scheduleAround(person, instant, defaultHours), instant) !== undefined;
}

export function minutesLeftInShift(
  person: Scheduled,
  at: InstantLike,
  defaultHours: readonly WorkingInterval[] = DEFAULT_WORKING_HOURS,
): number {
  const instant = toMillis(at);
  return minutesLeftIn(scheduleAround(person, instant, defaultHours), instant);
}

/** Working minutes ahead: the rest of the current stretch, or all of the next one. */
export function workingMinutesAhead(
  person: Scheduled,
  at: InstantLike,
  defaultHours: readonly WorkingInterval[] = DEFAULT_WORKING_HOURS,
): number {
  const instant = toMillis(at);
  return minutesAheadIn(scheduleAround(person, instant, defaultHours), instant);
}

/** When the person's next stretch of work starts after `after` (ISO, UTC); null within three weeks. */
export function nextStart(
  person: Scheduled,
  after: InstantLike,
  defaultHours: readonly WorkingInterval[] = DEFAULT_WORKING_HOURS,
): string | null {
  const instant = toMillis(after);
  const next = intervalAfter(scheduleAround(person, instant, defaultHours), instant);
  return next ? new Date(next.start).toISOString() : null;
}
