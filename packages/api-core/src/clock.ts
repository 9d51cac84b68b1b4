/** Time and randomness, injected so retries, backoff and rate limiting are testable in milliseconds. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with the signal's reason if it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), used for backoff jitter. */
  random(): number;
}

export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: realSleep,
  random: () => Math.random(),
};

/** Fills in whichever of `now`, `sleep` and `random` the caller did not inject. */
export function resolveClock(overrides: Partial<Clock> = {}): Clock {
  return {
    now: overrides.now ?? systemClock.now,
    sleep: overrides.sleep ?? systemClock.sleep,
    random: overrides.random ?? systemClock.random,
  };
}
