import type { Clock } from "./clock.js";

/** At most `requests` requests per `perMs` milliseconds, with bursts of up to `requests`. */
export interface RateLimitOptions {
  requests: number;
  perMs: number;
}

export interface RateLimiter {
  /** Resolves when the next request may start; callers are served in arrival order. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * A token bucket holding `requests` tokens that refills continuously. Each caller takes a
 * token at once, going into debt when the bucket is empty, and waits until the debt is repaid,
 * so concurrent callers queue up instead of racing.
 */
export function createRateLimiter(options: RateLimitOptions, clock: Clock): RateLimiter {
  const capacity = options.requests;
  const tokensPerMs = options.requests / options.perMs;
  let tokens = capacity;
  let updatedAt = clock.now();

  return {
    async acquire(signal) {
      const now = clock.now();
      tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerMs);
      updatedAt = now;
      tokens -= 1;
      if (tokens >= 0) return;
      await clock.sleep(Math.ceil(-tokens / tokensPerMs), signal);
    },
  };
}
