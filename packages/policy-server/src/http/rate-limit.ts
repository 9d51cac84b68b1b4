import { HttpError } from "./errors.js";

/** Admission control per caller: a token bucket of `perMinute` requests refilled continuously. */
export interface RateLimit {
  /** Takes one request for `key`; throws a 429 with Retry-After when the bucket is empty. */
  take(key: string): void;
}

export function createRateLimit(perMinute: number, now: () => number): RateLimit {
  if (perMinute <= 0) return { take() {} };
  const perMs = perMinute / 60_000;
  // Keys are token ids (a fixed set) or the one local caller, so the map stays small.
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new HttpError(
        429,
        "rate_limited",
        `Over the limit of ${perMinute} requests a minute for this token; retry in ${seconds} s.`,
        { headers: { "Retry-After": String(seconds) } },
      );
    },
  };
}
