import {
  endpointOf,
  listOf,
  maxPagesOption,
  type PagedList,
  PaginationLoopError,
  pageNumberNextCursor,
  requireWholeNumber,
} from "@support/api-core";

/** Statuspage's largest page: a bigger `per_page` is cut to 100, which would look like a last page. */
export const STATUSPAGE_MAX_PER_PAGE = 100;

/** Options of every list helper. */
export interface StatuspageListOptions {
  /** The page to read; defaults to the client's `pageId`. */
  pageId?: string | undefined;
  /** Records per request, 1–100 (default 100). */
  perPage?: number | undefined;
  /** Stop after this many requests (default: until the last page). */
  maxPages?: number | undefined;
  /** Aborts the request in flight and any wait before it. */
  signal?: AbortSignal | undefined;
}

/** @deprecated Use `StatuspageListOptions`; this name collides with the incident.io client's. */
export type ListOptions = StatuspageListOptions;

/** The query a page/per_page endpoint is asked with; pages count from 1. */
export interface PageQuery {
  page: number;
  per_page: number;
}

/**
 * Walks a Statuspage list endpoint (`path`, for errors). The vendor returns a bare array with no
 * total and no link, so a page shorter than `per_page` (or empty) is the last. Records are
 * yielded once each: a record seen on an earlier page (the list shifted meanwhile) is skipped.
 * Options are checked now, not on the first `next()`, so a bad argument fails where the helper
 * is called.
 */
export function pageNumberList<Item extends { id?: string | undefined }>(
  client: object,
  helper: string,
  path: string,
  options: StatuspageListOptions | undefined,
  fetchPage: (query: PageQuery) => Promise<Item[]>,
): PagedList<Item, Item[]> {
  const perPage = requireWholeNumber(
    helper,
    "perPage",
    options?.perPage ?? STATUSPAGE_MAX_PER_PAGE,
    1,
    STATUSPAGE_MAX_PER_PAGE,
  );
  const limit = maxPagesOption(helper, options?.maxPages);
  const endpoint = endpointOf(client, path);
  const nextPage = pageNumberNextCursor(perPage, (items: Item[]) => items);
  const source = () => {
    let previousIds: string | undefined;
    return {
      fetchPage: (page: number | undefined) => fetchPage({ page: page ?? 1, per_page: perPage }),
      nextCursor(items: Item[], page: number | undefined): number | undefined {
        const next = nextPage(items, page);
        if (next === undefined) return undefined;
        // An endpoint that ignores `page` answers every request with the same full page.
        const ids = items.map((item) => item.id ?? "").join("\n");
        if (ids === previousIds) throw new PaginationLoopError(next - 2, next - 1, endpoint);
        previousIds = ids;
        return next;
      },
      items: (items: Item[]) => items,
      endpoint,
      ...limit,
    };
  };
  return listOf(source, { uniqueBy: (item) => item.id });
}
