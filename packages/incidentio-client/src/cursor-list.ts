import { incidentIoNextCursor, paginateItems, paginatePages } from "@support/api-core";
import { requireWholeNumber } from "./arguments.js";
import { type CallInit, callInit, type ListOptions } from "./request-options.js";

/** The default page size: the most that every incident.io list endpoint accepts. */
export const DEFAULT_PAGE_SIZE = 250;

/** The query of one page: its size, and the ID of the last record of the page before. */
export interface CursorQuery {
  page_size: number;
  after?: string;
}

/** A list walked lazily, page by page or record by record. */
export interface CursorList<Page, Item> {
  pages(): AsyncGenerator<Page, void, undefined>;
  items(): AsyncGenerator<Item, void, undefined>;
}

type CursorPage = { pagination_meta?: { after?: string | undefined } | undefined };

/**
 * Walks an incident.io list endpoint: each request continues after `pagination_meta.after`, and
 * the walk ends on a page without it, on an empty page, or at `maxPages`. Options are checked
 * when the helper is called, not on the first `next()`.
 */
export function cursorList<Page extends CursorPage, Item>(
  helper: string,
  options: ListOptions | undefined,
  maxPageSize: number,
  fetchPage: (query: CursorQuery, init: CallInit) => Promise<Page>,
  items: (page: Page) => readonly Item[],
): CursorList<Page, Item> {
  const pageSize = requireWholeNumber(
    helper,
    "pageSize",
    options?.pageSize ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize),
    1,
    maxPageSize,
  );
  const maxPages =
    options?.maxPages === undefined
      ? undefined
      : requireWholeNumber(helper, "maxPages", options.maxPages, 1, Number.MAX_SAFE_INTEGER);
  const init = callInit(options);
  const source = {
    fetchPage: (after: string | undefined) =>
      fetchPage({ page_size: pageSize, ...(after !== undefined && { after }) }, init),
    nextCursor: incidentIoNextCursor,
    items,
    ...(maxPages !== undefined && { maxPages }),
  };
  return { pages: () => paginatePages(source), items: () => paginateItems(source) };
}
