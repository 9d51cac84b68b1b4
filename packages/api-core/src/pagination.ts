import { PaginationLoopError } from "./errors.js";
import type { Redactor } from "./redact.js";

/** The call a walk repeats, named in a `PaginationLoopError` (see `endpointOf`). */
export interface Endpoint {
  vendor: string;
  method: string;
  /** The endpoint's URL (no query), e.g. `https://api.incident.io/v2/incident_updates`. */
  url: string;
  redactor?: Redactor | undefined;
}

/**
 * How to walk one paginated endpoint. `Cursor` is whatever the next request needs. `Page` and
 * `Cursor` are inferred from `fetchPage` alone, so the callbacks get its exact page type.
 */
export interface PageSource<Page, Cursor> {
  /** Fetches one page; `undefined` asks for the first one. */
  fetchPage(cursor: Cursor | undefined): Promise<Page>;
  /** The cursor of the page after `page`, or `undefined`/`null`/`""` when `page` is the last. */
  nextCursor(page: NoInfer<Page>, cursor: NoInfer<Cursor> | undefined): Cursor | undefined | null;
  /** The records on a page; a page without any ends the walk. */
  items?(page: NoInfer<Page>): readonly unknown[];
  /** Stop after this many pages (default: no limit). */
  maxPages?: number | undefined;
  /** The call being walked, so a loop is reported as that vendor's fault. */
  endpoint?: Endpoint | undefined;
}

const UNNAMED: Endpoint = { vendor: "unknown vendor", method: "GET", url: "(unnamed endpoint)" };

/**
 * Yields every page, in order, fetching the next only when the caller asks for it. Ends after a
 * page with no items, when there is no next cursor, or at `maxPages`; a repeated cursor throws
 * `PaginationLoopError` (an `ApiError` naming the endpoint) instead of looping.
 */
export async function* paginatePages<Page, Cursor>(
  source: PageSource<Page, Cursor>,
): AsyncGenerator<Page, void, undefined> {
  const seen = new Set<string>();
  let cursor: Cursor | undefined;
  for (let fetched = 1; ; fetched++) {
    const page = await source.fetchPage(cursor);
    yield page;
    if (source.items && source.items(page).length === 0) return;
    if (source.maxPages !== undefined && fetched >= source.maxPages) return;
    const next = source.nextCursor(page, cursor);
    if (next === undefined || next === null || next === "") return;
    const key = JSON.stringify(next);
    if (seen.has(key)) throw new PaginationLoopError(next, fetched, source.endpoint ?? UNNAMED);
    seen.add(key);
    cursor = next;
  }
}

/** A `PageSource` whose `items` is required and typed. */
export interface ItemSource<Page, Item, Cursor> extends PageSource<Page, Cursor> {
  items(page: NoInfer<Page>): readonly Item[];
}

/** Yields every item of every page (see `paginatePages` for when the walk ends). */
export async function* paginateItems<Page, Item, Cursor>(
  source: ItemSource<Page, Item, Cursor>,
): AsyncGenerator<Item, void, undefined> {
  for await (const page of paginatePages(source)) {
    for (const item of source.items(page)) yield item;
  }
}
