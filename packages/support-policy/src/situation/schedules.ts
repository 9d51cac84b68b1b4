import type { Person } from "../schemas/person.js";
import type { WorkingInterval } from "../schemas/primitives.js";
import type { RosterEntry } from "../time/coverage.js";
import { uniquePeople } from "../time/coverage.js";
import { type Interval, intervalAt } from "../time/intervals.js";
import { scheduleAround } from "../time/schedule.js";
import { BoundedCache } from "./cache.js";

type Scheduled = Pick<Person, "timezone" | "workingHours" | "outOfOffice">;

// A schedule depends on the zone, the hours and the time off alone: people who share them (most
// of a team, on the default hours) share one layout.
const scheduleKey = (person: Scheduled): string =>
  `${person.timezone}\u0000${person.workingHours ? JSON.stringify(person.workingHours) : ""}\u0000${
    person.outOfOffice ? JSON.stringify(person.outOfOffice) : ""
  }`;

/**
 * Every person's working intervals laid out once per evaluation instant, for one policy (so for
 * one `defaultWorkingHours`), however many evaluations and tickets ask.
 */
export class Schedules {
  readonly #byInstant = new BoundedCache<number, BoundedCache<string, Interval[]>>(8);
  readonly defaultHours: readonly WorkingInterval[];
  constructor(defaultHours: readonly WorkingInterval[]) {
    this.defaultHours = defaultHours;
  }

  of(person: Scheduled, at: number): Interval[] {
    const layouts = this.#byInstant.through(at, () => new BoundedCache(100_000));
    // Shared by every reader, so nobody may change them.
    return layouts.through(
      scheduleKey(person),
      () =>
        Object.freeze(
          scheduleAround(person, at, this.defaultHours).map(Object.freeze),
        ) as Interval[],
    );
  }

  /** Whether the person is within working hours at the instant. */
  working(person: Scheduled, at: number): boolean {
    return intervalAt(this.of(person, at), at) !== undefined;
  }

  /** The people's schedules around the instant; a person listed twice is laid out once. */
  roster(people: readonly Person[], at: number): RosterEntry[] {
    return uniquePeople(people).map((person) => ({ person, intervals: this.of(person, at) }));
  }
}
