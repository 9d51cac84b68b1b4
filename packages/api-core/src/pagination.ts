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
  maxPages?: number;
}

/** Thrown when a vendor hands back a cursor it already gave, which would otherwise loop forever. */
export class PaginationLoopError extends Error {
  static {
    PaginationLoopError.prototype.name = "PaginationLoopError";
  }
  readonly cursor: unknown;

  constructor(cursor: unknown, page: number) {
    super(
      `pagination stopped: page ${page} pointed back to cursor ${JSON.stringify(cursor)}, which was already fetched`,
    );
    this.cursor = cursor;
  }
}

/**
 * Yields every page, in order, fetching the next only when the caller asks for it. Ends after a
 * page with no items, when there is no next cursor, or at `maxPages`; a repeated cursor throws
 * `PaginationLoopError` instead of looping.
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
    if (seen.has(key)) throw new PaginationLoopError(next, fetched);
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
