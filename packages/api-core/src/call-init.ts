/** Accepted by every helper: aborting the signal cancels the request or the wait in progress. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** What a helper passes to openapi-fetch besides path, query and body. */
export type CallInit = { signal?: AbortSignal };

/** The caller's `signal`, if any, in the shape openapi-fetch takes (never `signal: undefined`). */
export function callInit(options: CallOptions | undefined): CallInit {
  return options?.signal ? { signal: options.signal } : {};
}
