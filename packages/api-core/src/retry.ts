/** How failed requests are retried. Every field is optional; see `DEFAULT_RETRY`. */
export interface RetryOptions {
  /** Retries after the first attempt (0 disables retrying). */
  maxRetries?: number | undefined;
  /** Backoff before the first retry; doubles on each further retry. */
  initialDelayMs?: number | undefined;
  /** Upper bound of the exponential backoff. */
  maxDelayMs?: number | undefined;
  /** Upper bound on a server's `Retry-After`; longer requests are clamped to this. */
  maxRetryAfterMs?: number | undefined;
  /** Also retry POST and PATCH after a 5xx, a network error or a timeout (they may have been applied). */
  retryNonIdempotent?: boolean | undefined;
}

export type RetryPolicy = { [K in keyof RetryOptions]-?: NonNullable<RetryOptions[K]> };

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  retryNonIdempotent: false,
};

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export function resolveRetryPolicy(option: RetryOptions | false | undefined): RetryPolicy {
  if (option === false) return { ...DEFAULT_RETRY, maxRetries: 0 };
  const given = Object.entries(option ?? {}).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_RETRY, ...(Object.fromEntries(given) as Partial<RetryPolicy>) };
}

/**
 * The delay a `Retry-After` header asks for, in ms: either delta-seconds or an HTTP-date
 * (RFC 9110 §10.2.3). Returns undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Exponential backoff with jitter: the n-th retry (1-based) waits between 75% and 100% of
 * `initialDelayMs * 2^(n-1)`, capped at `maxDelayMs`; the jitter spreads out clients that failed together.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retry - 1));
  return Math.round(exponential * (1 - 0.25 * random()));
}
