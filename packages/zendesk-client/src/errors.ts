import { ApiError, type Redactor, registerBrand } from "@support/api-core";

/** Where the call went, for the ApiError fields: the client's base URL and redactor. */
export interface CallSite {
  baseUrl?: string;
  redactor?: Redactor;
}

/** The ApiError fields of a GET to a Zendesk path that the client itself gives up on. */
const zendeskGet = (site: CallSite, path: string, code: string) => ({
  vendor: "Zendesk",
  method: "GET",
  url: `${site.baseUrl ?? ""}${path}`,
  code,
  redactor: site.redactor,
});

/**
 * An ApiError (vendor Zendesk, code `search_result_limit`): `/api/v2/search` serves at most
 * 1,000 results per query (a later page is refused with 422).
 * Thrown when iteration would go past that limit while Zendesk still has more results, so a
 * caller never mistakes the first 1,000 for all of them.
 */
export class SearchResultLimitError extends ApiError {
  readonly query: string;
  /** The number of results Zendesk reported for the query, when it said. */
  readonly count: number | undefined;
  readonly limit: number;

  constructor(query: string, count: number | undefined, limit: number, site: CallSite = {}) {
    const matched = count === undefined ? `more than ${limit}` : String(count);
    super(
      `Zendesk search "${query}" matches ${matched} results, but /api/v2/search serves only the first ${limit}; use exportSearchTickets (/api/v2/search/export) to read them all`,
      zendeskGet(site, "/api/v2/search", "search_result_limit"),
    );
    this.query = query;
    this.count = count;
    this.limit = limit;
  }
}

/**
 * An ApiError (vendor Zendesk, code `job_timeout`): a background job
 * (`/api/v2/job_statuses/{id}`) was still running when the wait ran out.
 */
export class JobTimeoutError extends ApiError {
  readonly jobId: string;
  /** The job's status at the last poll, e.g. "queued" or "working" (`status` is the HTTP one). */
  readonly jobStatus: string | undefined;
  readonly timeoutMs: number;

  constructor(jobId: string, status: string | undefined, timeoutMs: number, site: CallSite = {}) {
    super(
      `Zendesk job ${jobId} was still ${status ?? "unfinished"} after ${timeoutMs} ms; it may yet finish, see /api/v2/job_statuses/${jobId}`,
      zendeskGet(site, `/api/v2/job_statuses/${encodeURIComponent(jobId)}`, "job_timeout"),
    );
    this.jobId = jobId;
    this.jobStatus = status;
    this.timeoutMs = timeoutMs;
  }
}

registerBrand(
  SearchResultLimitError,
  "@support/zendesk-client:SearchResultLimitError",
  "SearchResultLimitError",
);
registerBrand(JobTimeoutError, "@support/zendesk-client:JobTimeoutError", "JobTimeoutError");
