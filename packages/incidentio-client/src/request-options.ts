/** Options every helper accepts. */
export interface RequestOptions {
  /** Aborts the request in flight and any retry wait before it. */
  signal?: AbortSignal | undefined;
}

/** Options of the paginated list helpers. */
export interface ListOptions extends RequestOptions {
  /** Records per request (default 250, the most every incident.io list accepts). */
  pageSize?: number | undefined;
  /** Stop after this many requests (default: until the last page). */
  maxPages?: number | undefined;
}

/** What a helper passes to openapi-fetch besides path, query and body. */
export type CallInit = { signal?: AbortSignal };

export function callInit(options: RequestOptions | undefined): CallInit {
  return options?.signal ? { signal: options.signal } : {};
}
