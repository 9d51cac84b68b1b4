import {
  type CallInit,
  callInit,
  endpointOf,
  listOf,
  maxPagesOption,
  type PagedList,
  requireWholeNumber,
} from "@support/api-core";
import { incidentIoNextCursor } from "./next-cursor.js";
import type { IncidentIoListOptions } from "./request-options.js";

/** The default page size: the most that every incident.io list endpoint accepts. */
export const DEFAULT_PAGE_SIZE = 250;

/** The query of one page: its size, and the ID of the last record of the page before. */
export interface CursorQuery {
  page_size: number;
  after?: string;
}

type CursorPage = { pagination_meta?: { after?: string | undefined } | undefined };

/** One incident.io list endpoint: its path (for errors), largest page, request and records. */
export interface CursorEndpoint<Page, Item> {
  path: string;
  maxPageSize: number;
  fetchPage(query: CursorQuery, init: CallInit): Promise<Page>;
  items(page: Page): readonly Item[];
}

/**
 * Walks an incident.io list endpoint: each request continues after `pagination_meta.after`, and
 * the walk ends on a page without it, on an empty page, or at `maxPages`. Options are checked
 * when the helper is called, not on the first `next()`.
 */
export function cursorList<Page extends CursorPage, Item>(
  client: object,
  helper: string,
  options: IncidentIoListOptions | undefined,
  endpoint: CursorEndpoint<Page, Item>,
): PagedList<Item, Page> {
  const pageSize = requireWholeNumber(
    helper,
    "pageSize",
    options?.pageSize ?? Math.min(DEFAULT_PAGE_SIZE, endpoint.maxPageSize),
    1,
    endpoint.maxPageSize,
  );
  const limit = maxPagesOption(helper, options?.maxPages);
  const init = callInit(options);
  const named = endpointOf(client, endpoint.path);
  return listOf(() => ({
    fetchPage: (after: string | undefined) =>
      endpoint.fetchPage({ page_size: pageSize, ...(after !== undefined && { after }) }, init),
    nextCursor: incidentIoNextCursor,
    items: endpoint.items,
    endpoint: named,
    ...limit,
  }));
}
