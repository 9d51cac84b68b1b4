import type { CallOptions } from "@support/api-core";

/** Options every helper accepts: `signal` aborts the request in flight and any retry wait before it. */
export type RequestOptions = CallOptions;

/** Options of the paginated list helpers. */
export interface IncidentIoListOptions extends RequestOptions {
  /** Records per request (default 250, the most every incident.io list accepts). */
  pageSize?: number | undefined;
  /** Stop after this many requests (default: until the last page). */
  maxPages?: number | undefined;
}

/** @deprecated Use `IncidentIoListOptions`; this name collides with the Statuspage client's. */
export type ListOptions = IncidentIoListOptions;
