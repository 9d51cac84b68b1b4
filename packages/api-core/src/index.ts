export {
  describeValue,
  invalidArgument,
  isPlainObject,
  maxPagesOption,
  optionalWholeNumber,
  propertiesOf,
  requireBoolean,
  requireId,
  requireIds,
  requireText,
  requireWholeNumber,
} from "./arguments.js";
export { registerBrand } from "./brand.js";
export { type CallInit, type CallOptions, callInit } from "./call-init.js";
export { type ApiClient, type ApiClientConfig, createApiClient } from "./client.js";
export { type ClientInfo, clientInfo } from "./client-info.js";
export { type Clock, realSleep, systemClock } from "./clock.js";
export { mapConcurrent } from "./concurrency.js";
export {
  ApiError,
  type ApiErrorInit,
  ApiNetworkError,
  ApiTimeoutError,
  ClientConfigError,
  InvalidArgumentError,
  PaginationLoopError,
  UnexpectedResponseError,
} from "./errors.js";
export {
  createFetch,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type FetchOptions,
  type RateLimitBucket,
  RETRY_MODE_HEADER,
  type RetryEvent,
  retryOnlyBeforeSending,
} from "./fetch.js";
export { endpointOf, type ListOfOptions, listOf, type PagedList } from "./list.js";
export { pageNumberNextCursor } from "./next-page.js";
export {
  type ClientOptions,
  requireOptions,
  requireString,
  resolveBaseUrl,
  validateClientOptions,
  validateRateLimit,
} from "./options.js";
export {
  type Endpoint,
  type ItemSource,
  type PageSource,
  paginateItems,
  paginatePages,
} from "./pagination.js";
export { serializeDeepObjectQuery } from "./query.js";
export { createRateLimiter, type RateLimiter, type RateLimitOptions } from "./rate-limiter.js";
export {
  createRedactor,
  credentialSecrets,
  MIN_SECRET_LENGTH,
  REDACTED,
  type Redactor,
  type RedactorOptions,
  secretVariants,
} from "./redact.js";
export { type OpenApiResult, unwrapResult } from "./result.js";
export { DEFAULT_RETRY, parseRetryAfter, type RetryOptions } from "./retry.js";
export { unexpectedShape, unwrapChecked } from "./shape.js";
export type { VendorErrorDetails, VendorProfile } from "./vendor.js";
