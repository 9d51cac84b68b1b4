import type { Clock } from "../src/clock.js";

/**
 * A clock whose `sleep` returns at once, recording every wait; by default a sleep also advances
 * `now`, as a real one would.
 */
export function fakeClock({
  start = Date.parse("2026-03-01T12:00:00Z"),
  advanceOnSleep = true,
} = {}) {
  let now = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (advanceOnSleep) now += ms;
    },
    random: () => 0.5,
  };
  const advance = (ms: number) => {
    now += ms;
  };
  return { ...clock, sleeps, advance };
}
