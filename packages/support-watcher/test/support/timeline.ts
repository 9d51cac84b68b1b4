// A watch's clock in tests: its waits move time forward, and between polls the vendors change.
import type { FakeVendors } from "./fake-vendors.js";

export const T0 = Date.parse("2026-06-03T16:05:00Z");
export const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

/**
 * A clock that the watch's waits move forward, and what happens at the vendors while it waits:
 * `during[n]` runs in the n-th wait between polls. Retry waits of the clients (shorter than a
 * poll interval) only move the clock.
 */
export function timeline(
  fake: FakeVendors,
  during: Array<(fake: FakeVendors, now: number) => void | Promise<void>>,
  start = T0,
) {
  let now = start;
  const perPoll: number[] = [];
  let seen = fake.requests.length;
  const sleep = async (ms: number) => {
    now += ms;
    if (ms < 30_000) return;
    // A watch that should have ended would otherwise poll forever on this instant clock.
    if (perPoll.length > 20) throw new Error("the watch did not end");
    perPoll.push(fake.requests.length - seen);
    seen = fake.requests.length;
    await during.shift()?.(fake, now);
  };
  return { sleep, clock: () => new Date(now), perPoll, last: () => fake.requests.length - seen };
}
