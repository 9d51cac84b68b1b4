import openapiFetch, { type Client } from "openapi-fetch";
import { rememberClientInfo } from "./client-info.js";
import { resolveClock } from "./clock.js";
import { createFetch, type RateLimitBucket } from "./fetch.js";
import type { ClientOptions } from "./options.js";
import type { RateLimitOptions } from "./rate-limiter.js";
import { createRedactor, credentialSecrets } from "./redact.js";
import { type OpenApiResult, unwrapResult } from "./result.js";
import type { VendorProfile } from "./vendor.js";

/**
 * What every factory returns: the openapi-fetch client itself (`GET/POST/PUT/PATCH/DELETE(path,
 * init)` typed by the vendor document's `paths`, and `use` for middleware) plus `unwrap`. The
 * vendor, base URL and clock are held beside it (`clientInfo(client)`), not on it.
 */
export type ApiClient<Paths extends {}> = Client<Paths> & {
  /** Awaits a call and returns its `data`, or throws a typed, redacted `ApiError`. */
  unwrap<Data>(pending: Promise<OpenApiResult<Data>>): Promise<Data>;
  /**
   * The client itself.
   * @deprecated Call `client.GET(...)` directly; `client.api` goes in the next minor version.
   */
  readonly api: Client<Paths>;
};

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
  /** Extra buckets for endpoints with lower limits of their own, taken on top of `rateLimit`. */
  rateLimitBuckets?: readonly RateLimitBucket[] | undefined;
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
  const redactor = createRedactor([
    ...config.secrets,
    ...credentialSecrets(Object.values(config.headers)),
    ...(options.redactSecrets ?? []),
  ]);
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
    rateLimit: options.rateLimit === undefined ? config.defaultRateLimit : options.rateLimit,
    buckets: config.rateLimitBuckets,
    userAgent,
    redactor,
    onRetry: options.onRetry,
    ...clock,
  });
  const client = createClient<Paths>({
    baseUrl: config.baseUrl,
    fetch,
    headers: { Accept: "application/json", ...config.headers },
    ...(config.querySerializer && { querySerializer: config.querySerializer }),
  });
  const unwrap = async <Data>(pending: Promise<OpenApiResult<Data>>): Promise<Data> =>
    unwrapResult(await pending, vendor, redactor);
  Object.defineProperties(client, {
    unwrap: { value: unwrap, enumerable: true },
    api: { get: () => client, enumerable: false },
  });
  rememberClientInfo(client, { vendor, baseUrl: config.baseUrl, clock, redactor });
  return client as ApiClient<Paths>;
}
