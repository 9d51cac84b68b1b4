import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/rate-limiter.js";
import { fakeClock } from "./fake-clock.js";

describe("createRateLimiter", () => {
  it("spaces a burst of one-per-second requests a second apart, in arrival order", async () => {
    // All three arrive before any time passes: the queue is formed by reservations.
    const clock = fakeClock({ advanceOnSleep: false });
    const limiter = createRateLimiter({ requests: 1, perMs: 1000 }, clock);
    const waits = [limiter.acquire(), limiter.acquire(), limiter.acquire()];
    await Promise.all(waits);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it("lets a full bucket through at once and refills it over time", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requests: 3, perMs: 3000 }, clock);
    for (let i = 0; i < 3; i++) await limiter.acquire();
    expect(clock.sleeps).toEqual([]);
    clock.advance(2000);
    await limiter.acquire();
    await limiter.acquire();
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire();
    expect(clock.sleeps).toEqual([1000]);
  });
});
