// What every client package re-exports (`export * from "@support/api-core/public"`), so
// applications can catch errors and type options without depending on this package.
export {
  ApiError,
  ApiNetworkError,
  ApiTimeoutError,
  ClientConfigError,
  UnexpectedResponseError,
} from "./errors.js";
export type { RetryEvent } from "./fetch.js";
export type { ClientOptions } from "./options.js";
export { PaginationLoopError } from "./pagination.js";
export type { RateLimitOptions } from "./rate-limiter.js";
export type { RetryOptions } from "./retry.js";
