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

const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const TIME = "\\d{2}:\\d{2}:\\d{2}";
// The three HTTP-date forms a recipient must accept (RFC 9110 §5.6.7): IMF-fixdate, RFC 850, asctime.
const HTTP_DATE = new RegExp(
  `^(?:${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT|${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT|${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})$`,
);

/**
 * The delay a `Retry-After` header asks for, in ms: delta-seconds (a non-negative whole number)
 * or an HTTP-date in the future (RFC 9110 §10.2.3). Anything else (`-5`, `1.5`, `12 12`, a
 * date in the past, no header) is `undefined`, and the caller falls back to its own backoff.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) {
    const seconds = Number(value);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  if (!HTTP_DATE.test(value)) return undefined;
  // asctime carries no zone; HTTP dates are always GMT.
  const date = Date.parse(value.endsWith(" GMT") ? value : `${value} GMT`);
  if (Number.isNaN(date) || date <= nowMs) return undefined;
  return date - nowMs;
}

/**
 * Exponential backoff with jitter: the n-th retry (1-based) waits between 75% and 100% of
 * `initialDelayMs * 2^(n-1)`, capped at `maxDelayMs`; the jitter spreads out clients that failed together.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retry - 1));
  return Math.round(exponential * (1 - 0.25 * random()));
}
