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

/** Reported before each retry, for logging. The URL is already redacted. */
export interface RetryEvent {
  vendor: string;
  method: string;
  url: string;
  /** The attempt that failed, 1-based. */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** "HTTP 503", "network error" or "timeout". */
  reason: string;
  status?: number;
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
  /** Set on every request that does not carry its own `User-Agent`. */
  userAgent?: string | undefined;
  /** Scrubs the client's credentials out of errors and events. */
  redactor?: Redactor | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

type Attempt =
  | { response: Response; problem: JsonBodyProblem; error?: never; final?: never }
  | { response?: never; problem?: never; error: ApiError; final: boolean };

// 501 and 505 say the server will never support the request; retrying cannot help.
const PERMANENT_5XX = new Set([501, 505]);

/**
 * A `fetch` that retries, times out, throttles and turns transport failures into typed errors.
 * Pass it to openapi-fetch as its `fetch`; HTTP error statuses are returned (after retries) for
 * `unwrapResult` to turn into `ApiError`s.
 */
export function createFetch(options: FetchOptions): (input: Request) => Promise<Response> {
  const clock = resolveClock(options);
  const policy = resolveRetryPolicy(options.retry);
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit, clock) : undefined;
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
    const method = original.method.toUpperCase();
    const url = redactor.url(original.url);
    const errorInit = { vendor: vendor.name, method, url, redactor };
    const mayRetryUnsafe = isIdempotent(method) || policy.retryNonIdempotent;

    for (let attempt = 1; ; attempt++) {
      await limiter?.acquire(original.signal);
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
      const signal = AbortSignal.any([request.signal, timeout.signal]);
      try {
        const response = await transport(new Request(request.clone(), { signal }));
        // A JSON body is read inside the attempt so a stalled body times out and retries like a stalled connection.
        return { response, problem: await bodyProblem(response) };
      } catch (error) {
        return { error: toTransportError(error, timeout), final: refusesRetry(error) };
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
      if (outcome.error) return mayRetryUnsafe && !outcome.final ? backoff() : undefined;
      const { status, headers } = outcome.response;
      const askedFor = () => parseRetryAfter(headers.get("retry-after"), clock.now());
      const capped = (ms: number) => Math.min(ms, policy.maxRetryAfterMs);
      // A rate-limited request was refused before any work was done, so every method may retry.
      if (slowDownStatuses.has(status)) return capped(askedFor() ?? backoff());
      if (!mayRetryUnsafe) return undefined;
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

function describe(outcome: Attempt): { reason: string; status?: number } {
  if (outcome.response) {
    return { reason: `HTTP ${outcome.response.status}`, status: outcome.response.status };
  }
  return { reason: outcome.error instanceof ApiTimeoutError ? "timeout" : "network error" };
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (typeof cause?.code === "string") return `${error.message} (${cause.code})`;
  if (typeof cause?.message === "string") return `${error.message} (${cause.message})`;
  return error.message;
}
