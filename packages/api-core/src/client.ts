import openapiFetch, { type Client } from "openapi-fetch";
import { type Clock, resolveClock } from "./clock.js";
import { createFetch } from "./fetch.js";
import type { ClientOptions } from "./options.js";
import type { RateLimitOptions } from "./rate-limiter.js";
import { createRedactor } from "./redact.js";
import { type OpenApiResult, unwrapResult } from "./result.js";
import type { VendorProfile } from "./vendor.js";

/**
 * What every factory returns. `api` is the openapi-fetch client typed by the vendor document;
 * `unwrap` turns one of its calls into the data or a thrown `ApiError`. Helpers are plain
 * functions taking this object first, so each can live in its own file.
 */
export interface ApiClient<Paths extends {}> {
  /** openapi-fetch client: `GET/POST/PUT/PATCH/DELETE(path, init)` typed by the document's `paths`. */
  readonly api: Client<Paths>;
  /** Awaits an `api` call and returns its `data`, or throws a typed, redacted `ApiError`. */
  unwrap<Data>(pending: Promise<OpenApiResult<Data>>): Promise<Data>;
  readonly vendor: VendorProfile;
  readonly baseUrl: string;
  /** The injected (or real) `now`/`sleep`/`random`; helpers that poll or wait use it too. */
  readonly clock: Clock;
}

/** What a vendor package tells `createApiClient`; end users never see this. */
export interface ApiClientConfig {
  vendor: VendorProfile;
  /** Absolute base URL, already validated (see `resolveBaseUrl`). */
  baseUrl: string;
  /** Authentication headers sent on every request. Their values are redacted everywhere. */
  headers: Record<string, string>;
  /** Raw credentials (API keys, passwords) to redact in every encoding. */
  secrets: readonly string[];
  /** The client's own product token for `User-Agent`, e.g. `@support/zendesk-client/0.1.0`. */
  product: string;
  /** Overrides openapi-fetch's query serialisation (see `serializeDeepObjectQuery`). */
  querySerializer?: ((query: Record<string, unknown>) => string) | undefined;
  /** Applied when the user passes no `rateLimit` option. */
  defaultRateLimit?: RateLimitOptions | undefined;
  /** The user's options, already checked with `validateClientOptions`. */
  options: ClientOptions;
}

// The CommonJS build receives openapi-fetch's whole `module.exports`, whose `default` is the function.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function"
    ? openapiFetch
    : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

export function createApiClient<Paths extends {}>(config: ApiClientConfig): ApiClient<Paths> {
  const { vendor, options } = config;
  const redactor = createRedactor([...config.secrets, ...Object.values(config.headers)]);
  const userAgent = [options.userAgent, config.product, `node/${process.versions.node}`]
    .filter(Boolean)
    .join(" ");
  const clock = resolveClock({
    ...(options.now && { now: options.now }),
    ...(options.sleep && { sleep: options.sleep }),
    ...(options.random && { random: options.random }),
  });
  const fetch = createFetch({
    vendor,
    fetch: options.fetch,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    rateLimit: options.rateLimit ?? config.defaultRateLimit,
    userAgent,
    redactor,
    onRetry: options.onRetry,
    ...clock,
  });
  const api = createClient<Paths>({
    baseUrl: config.baseUrl,
    fetch,
    headers: { Accept: "application/json", ...config.headers },
    ...(config.querySerializer && { querySerializer: config.querySerializer }),
  });
  return {
    api,
    vendor,
    baseUrl: config.baseUrl,
    clock,
    unwrap: async (pending) => unwrapResult(await pending, vendor, redactor),
  };
}
