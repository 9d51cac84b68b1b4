/** What a helper passes through to openapi-fetch besides the path, query and body. */
export interface CallInit {
  signal?: AbortSignal;
}

/** The caller's `signal`, if any, in the shape openapi-fetch takes (no `signal: undefined`). */
export const callInit = (options?: { signal?: AbortSignal | undefined }): CallInit =>
  options?.signal ? { signal: options.signal } : {};
