import { isPlainObject } from "./arguments.js";
import type { Clock } from "./clock.js";
import { ClientConfigError } from "./errors.js";
import type { FetchLike, RetryEvent } from "./fetch.js";
import type { RateLimitOptions } from "./rate-limiter.js";
import { DEFAULT_RETRY, type RetryOptions } from "./retry.js";

/** Options every client factory accepts besides its credentials. */
export interface ClientOptions extends Partial<Clock> {
  /** Overrides the vendor's production base URL (a mock server, an EU instance, a proxy). */
  baseUrl?: string | undefined;
  /** The fetch implementation underneath retries and timeouts (default: Node's global fetch). */
  fetch?: FetchLike | undefined;
  /** Retry tuning, or `false` to never retry. */
  retry?: RetryOptions | false | undefined;
  /** Per-attempt timeout in ms; 0 disables (default 30 000). */
  timeoutMs?: number | undefined;
  /** Your product token, sent before the client's own in `User-Agent`. */
  userAgent?: string | undefined;
  /** Client-side throttling, or `false` to switch off a client's default limiter. */
  rateLimit?: RateLimitOptions | false | undefined;
  /** Called before each retry (for logging; URLs are already redacted). */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /**
   * More values to keep out of this client's errors and events, in every encoding: the
   * application's other credentials, so an error quoting one is scrubbed whole before any
   * pattern-based redaction could cut it in two.
   */
  redactSecrets?: readonly string[] | undefined;
}

const fail = (factory: string, message: string): never => {
  throw new ClientConfigError(`${factory}: ${message}`);
};

/** The options object itself, or a clear error when a factory was called without one. */
export function requireOptions<T>(factory: string, options: T | undefined, needs: string): T {
  if (!isPlainObject(options)) fail(factory, `expected an options object with ${needs}`);
  return options as T;
}

/** A required credential or identifier; the message never echoes the value. */
export function requireString(factory: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    fail(factory, `option "${name}" must be a non-empty string`);
  }
  return value as string;
}

/** An absolute http(s) URL without a trailing slash. */
export function resolveBaseUrl(factory: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    return fail(factory, `option "baseUrl" must be an absolute http(s) URL such as ${fallback}`);
  }
  if (url.username || url.password) {
    return fail(factory, `option "baseUrl" must not carry credentials; pass them as options`);
  }
  return url.toString().replace(/\/+$/, "");
}

const nonNegative = (value: unknown): boolean =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;

/** Checks the shared options, naming the first one that is wrong. */
export function validateClientOptions(factory: string, options: ClientOptions): void {
  const { fetch, retry, timeoutMs, userAgent, rateLimit, onRetry, now, sleep, random } = options;
  for (const [name, value] of Object.entries({ fetch, onRetry, now, sleep, random })) {
    if (value !== undefined && typeof value !== "function")
      fail(factory, `option "${name}" must be a function`);
  }
  if (timeoutMs !== undefined && !nonNegative(timeoutMs)) {
    fail(
      factory,
      `option "timeoutMs" must be a number of milliseconds ≥ 0 (0 disables the timeout)`,
    );
  }
  if (userAgent !== undefined && typeof userAgent !== "string") {
    fail(factory, `option "userAgent" must be a string`);
  }
  const { redactSecrets } = options;
  if (
    redactSecrets !== undefined &&
    (!Array.isArray(redactSecrets) || redactSecrets.some((s) => typeof s !== "string"))
  ) {
    fail(factory, `option "redactSecrets" must be an array of strings`);
  }
  if (retry !== undefined && retry !== false) {
    if (!isPlainObject(retry)) fail(factory, `option "retry" must be an object or false`);
    for (const [name, value] of Object.entries(retry)) {
      if (!(name in DEFAULT_RETRY)) {
        fail(
          factory,
          `unknown option "retry.${name}" (known: ${Object.keys(DEFAULT_RETRY).join(", ")})`,
        );
      } else if (name === "retryNonIdempotent") {
        if (value !== undefined && typeof value !== "boolean") {
          fail(factory, `option "retry.retryNonIdempotent" must be a boolean`);
        }
      } else if (value !== undefined && !nonNegative(value)) {
        fail(factory, `option "retry.${name}" must be a number ≥ 0`);
      }
    }
    if (retry.maxRetries !== undefined && !Number.isInteger(retry.maxRetries)) {
      fail(factory, `option "retry.maxRetries" must be a whole number`);
    }
  }
  validateRateLimit(factory, "rateLimit", rateLimit);
}

/** A rate-limit option: `undefined` (the default), `false` (off) or `{ requests, perMs }`. */
export function validateRateLimit(factory: string, name: string, value: unknown): void {
  if (value === undefined || value === false) return;
  const valid =
    isPlainObject(value) &&
    Number.isInteger(value.requests) &&
    (value.requests as number) > 0 &&
    nonNegative(value.perMs) &&
    (value.perMs as number) > 0;
  if (!valid) {
    fail(
      factory,
      `option "${name}" must be false or { requests: whole number > 0, perMs: number > 0 }`,
    );
  }
}
