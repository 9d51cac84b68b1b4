// What every client package re-exports (`export * from "@support/api-core/public"`), so
// applications can catch errors, type options and lists without depending on this package.
export type { CallOptions } from "./call-init.js";
export type { ApiClient } from "./client.js";
export {
  ApiError,
  ApiNetworkError,
  ApiTimeoutError,
  ClientConfigError,
  InvalidArgumentError,
  PaginationLoopError,
  UnexpectedResponseError,
} from "./errors.js";
export type { RetryEvent } from "./fetch.js";
export type { PagedList } from "./list.js";
export type { ClientOptions } from "./options.js";
export type { RateLimitOptions } from "./rate-limiter.js";
export type { RetryOptions } from "./retry.js";
