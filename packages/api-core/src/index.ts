export { type ApiClient, type ApiClientConfig, createApiClient } from "./client.js";
export { type Clock, realSleep, systemClock } from "./clock.js";
export { mapConcurrent } from "./concurrency.js";
export {
  ApiError,
  type ApiErrorInit,
  ApiNetworkError,
  ApiTimeoutError,
  ClientConfigError,
  UnexpectedResponseError,
} from "./errors.js";
export {
  createFetch,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type FetchOptions,
  type RetryEvent,
} from "./fetch.js";
export { incidentIoNextCursor, pageNumberNextCursor, zendeskNextCursor } from "./next-page.js";
export {
  type ClientOptions,
  requireOptions,
  requireString,
  resolveBaseUrl,
  validateClientOptions,
} from "./options.js";
export {
  type PageSource,
  PaginationLoopError,
  paginateItems,
  paginatePages,
} from "./pagination.js";
export { serializeDeepObjectQuery } from "./query.js";
export { createRateLimiter, type RateLimiter, type RateLimitOptions } from "./rate-limiter.js";
export { createRedactor, REDACTED, type Redactor } from "./redact.js";
export { type OpenApiResult, unwrapResult } from "./result.js";
export { DEFAULT_RETRY, parseRetryAfter, type RetryOptions } from "./retry.js";
export { unexpectedShape, unwrapChecked } from "./shape.js";
export type { VendorErrorDetails, VendorProfile } from "./vendor.js";
