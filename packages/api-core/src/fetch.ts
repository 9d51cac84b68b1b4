import { type AttemptTimeout, startAttemptTimeout } from "./attempt-timeout.js";
import { type Clock, resolveClock } from "./clock.js";
import { ApiError, ApiNetworkError, ApiTimeoutError, UnexpectedResponseError } from "./errors.js";
import { acceptsOnlyJson, checkJsonBody, type JsonBodyProblem } from "./json-body.js";
import { rememberOrigin } from "./origin.js";
import { createRateLimiter, type RateLimitOptions } from "./rate-limiter.js";
import { createRedactor, type Redactor } from "./redact.js";
import {
  backoffDelay,
  isIdempotent,
  parseRetryAfter,
  type RetryOptions,
  resolveRetryPolicy,
} from "./retry.js";
import { requestIdFromHeaders, type VendorProfile } from "./vendor.js";

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A fetch implementation: the global one, undici's, or a test double. */
export type FetchLike = (input: Request) => Promise<Response>;

/**
 * Reported before each retry, for logging and counting (e.g. 429s per vendor). The URL is
 * already redacted.
 */
export interface RetryEvent {
  vendor: string;
  method: string;
  url: string;
  /** The attempt that failed, 1-based. */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** "HTTP 503", "network error", "connection failed" or "timeout". */
  reason: string;
  /** The HTTP status that is retried (429, 503, …); absent when no response arrived. */
  status?: number;
}

/** A rate limit of its own for the requests `matches` accepts, taken on top of the client's. */
export interface RateLimitBucket {
  /** For messages and docs, e.g. "attachments". */
  name: string;
  matches(url: URL, method: string): boolean;
  /** `false` switches the bucket off. */
  limit: RateLimitOptions | false;
}

/**
 * The request header a helper sets (through `retryOnlyBeforeSending()`) when its request must
 * not be sent twice. It is removed before the request leaves the client.
 */
export const RETRY_MODE_HEADER = "x-support-retry-mode";

/**
 * The openapi-fetch init part that marks one call as not safe to repeat once sent, whatever its
 * method (a Zendesk comment without `safe_update`): it is retried only when the connection
 * failed before anything was sent, or when the server refused it with 429. Spread it into the
 * call: `client.PUT(path, { body, ...retryOnlyBeforeSending() })`.
 */
export function retryOnlyBeforeSending(): { headers: Record<string, string> } {
  return { headers: { [RETRY_MODE_HEADER]: "before-send" } };
}

export interface FetchOptions extends Partial<Clock> {
  vendor: VendorProfile;
  /** The underlying fetch (default: `globalThis.fetch`). */
  fetch?: FetchLike | undefined;
  retry?: RetryOptions | false | undefined;
  /** Per attempt, including reading a JSON body; 0 disables (default 30 000). */
  timeoutMs?: number | undefined;
  /** Client-side throttling; off unless given. */
  rateLimit?: RateLimitOptions | false | undefined;
  /** Lower limits of particular endpoints, each with a bucket of its own. */
  buckets?: readonly RateLimitBucket[] | undefined;
  /** Set on every request that does not carry its own `User-Agent`. */
  userAgent?: string | undefined;
  /** Scrubs the client's credentials out of errors and events. */
  redactor?: Redactor | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

type Attempt =
  | { response: Response; problem: JsonBodyProblem; error?: never; final?: never; notSent?: never }
  | { response?: never; problem?: never; error: ApiError; final: boolean; notSent: boolean };

// 501 and 505 say the server will never support the request; retrying cannot help.
const PERMANENT_5XX = new Set([501, 505]);

// Failures to reach the server at all: nothing was sent, so any request may be tried again.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * A `fetch` that retries, times out, throttles and turns transport failures into typed errors.
 * Pass it to openapi-fetch as its `fetch`; HTTP error statuses are returned (after retries) for
 * `unwrapResult` to turn into `ApiError`s.
 */
export function createFetch(options: FetchOptions): (input: Request) => Promise<Response> {
  const clock = resolveClock(options);
  const policy = resolveRetryPolicy(options.retry);
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit, clock) : undefined;
  const buckets = (options.buckets ?? []).flatMap((bucket) =>
    bucket.limit
      ? [{ matches: bucket.matches, limiter: createRateLimiter(bucket.limit, clock) }]
      : [],
  );
  const transport: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const redactor = options.redactor ?? createRedactor();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const vendor = options.vendor;
  const slowDownStatuses = new Set(vendor.rateLimitStatuses ?? [429]);

  return async function fetchWithRetries(input: Request): Promise<Response> {
    const original = new Request(input);
    if (options.userAgent && !original.headers.has("user-agent")) {
      original.headers.set("user-agent", options.userAgent);
    }
    const onlyBeforeSending = original.headers.get(RETRY_MODE_HEADER) === "before-send";
    original.headers.delete(RETRY_MODE_HEADER);
    const method = original.method.toUpperCase();
    const url = redactor.url(original.url);
    const errorInit = { vendor: vendor.name, method, url, redactor };
    // Whether a request that may have reached the server can be sent again.
    const mayRepeat = !onlyBeforeSending && (isIdempotent(method) || policy.retryNonIdempotent);
    const target = new URL(original.url);
    const ownBuckets = buckets.filter((bucket) => bucket.matches(target, method));

    for (let attempt = 1; ; attempt++) {
      await limiter?.acquire(original.signal);
      for (const bucket of ownBuckets) await bucket.limiter.acquire(original.signal);
      const timeout = startAttemptTimeout(timeoutMs);
      const outcome = await send(original, timeout);
      timeout.clear();
      const retryIn = attempt > policy.maxRetries ? undefined : retryDelay(outcome, attempt);
      if (retryIn === undefined) return finish(outcome);
      await outcome.response?.body?.cancel();
      options.onRetry?.({ ...errorInit, attempt, delayMs: retryIn, ...describe(outcome) });
      await clock.sleep(retryIn, original.signal);
    }

    async function send(request: Request, timeout: AttemptTimeout): Promise<Attempt> {
      const sources = [request.signal, timeout.signal];
      const signal = AbortSignal.any(sources);
      try {
        // Raced against the signals themselves: a transport that ignores its signal still times out.
        const response = await untilAborted(
          transport(new Request(request.clone(), { signal })),
          sources,
        );
        // A JSON body is read inside the attempt so a stalled body times out and retries like a stalled connection.
        return { response, problem: await untilAborted(bodyProblem(response), sources) };
      } catch (error) {
        return {
          error: toTransportError(error, timeout),
          final: refusesRetry(error),
          notSent: !timeout.fired && neverSent(error),
        };
      }
    }

    async function bodyProblem(response: Response): Promise<JsonBodyProblem> {
      if (!response.ok || method === "HEAD" || response.status === 204) return undefined;
      return checkJsonBody(response, acceptsOnlyJson(original.headers.get("accept")));
    }

    function toTransportError(error: unknown, timeout: AttemptTimeout): ApiError {
      // The caller's own abort is not a failure of ours: let it propagate unchanged.
      if (original.signal.aborted) throw error;
      if (error instanceof ApiError) return error;
      if (timeout.fired) {
        return new ApiTimeoutError(
          `${vendor.name} ${method} ${url} timed out after ${timeoutMs} ms`,
          {
            ...errorInit,
            timeoutMs,
          },
        );
      }
      return new ApiNetworkError(
        `${vendor.name} ${method} ${url} failed before a response: ${networkReason(error)}`,
        { ...errorInit, cause: error },
      );
    }

    function retryDelay(outcome: Attempt, attempt: number): number | undefined {
      const backoff = () => backoffDelay(attempt, policy, clock.random);
      if (outcome.error) {
        if (outcome.final) return undefined;
        return mayRepeat || outcome.notSent ? backoff() : undefined;
      }
      const { status, headers } = outcome.response;
      const askedFor = () => parseRetryAfter(headers.get("retry-after"), clock.now());
      const capped = (ms: number) => Math.min(ms, policy.maxRetryAfterMs);
      // A rate-limited request was refused before any work was done, so every method may retry.
      if (slowDownStatuses.has(status)) return capped(askedFor() ?? backoff());
      if (!mayRepeat) return undefined;
      if (status === 503) return capped(askedFor() ?? backoff());
      if (status === 408 || (status >= 500 && !PERMANENT_5XX.has(status))) return backoff();
      return undefined;
    }

    function finish(outcome: Attempt): Response {
      if (outcome.error) throw outcome.error;
      const { response, problem } = outcome;
      rememberOrigin(response, { method, url });
      if (problem) {
        throw new UnexpectedResponseError(
          `${vendor.name} ${method} ${url} returned ${response.status} with ${problem.problem}`,
          {
            ...errorInit,
            status: response.status,
            requestId: requestIdFromHeaders(vendor, response.headers),
            body: problem.snippet,
          },
        );
      }
      return response;
    }
  };
}

/**
 * Whether the failure (or an error in its cause chain) carries `retryable: false`: a test double
 * or transport saying that sending the same request again cannot help.
 */
function refusesRetry(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { retryable?: unknown }).retryable === false) return true;
  }
  return false;
}

/** Settles like `work`, or rejects with the reason of the first of `signals` to abort. */
function untilAborted<T>(work: Promise<T>, signals: readonly AbortSignal[]): Promise<T> {
  const aborted = signals.find((signal) => signal.aborted);
  if (aborted) {
    work.catch(() => {});
    return Promise.reject(aborted.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (event: Event) => {
      done();
      work.catch(() => {});
      reject((event.target as AbortSignal).reason);
    };
    const done = () => {
      for (const signal of signals) signal.removeEventListener("abort", onAbort);
    };
    for (const signal of signals) signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}

/** Whether the failure (or a cause) is one where the connection never opened, so nothing was sent. */
function neverSent(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
  }
  return false;
}

function describe(outcome: Attempt): { reason: string; status?: number } {
  if (outcome.response) {
    return { reason: `HTTP ${outcome.response.status}`, status: outcome.response.status };
  }
  if (outcome.error instanceof ApiTimeoutError) return { reason: "timeout" };
  return { reason: outcome.notSent ? "connection failed" : "network error" };
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (typeof cause?.code === "string") return `${error.message} (${cause.code})`;
  if (typeof cause?.message === "string") return `${error.message} (${cause.message})`;
  return error.message;
}
