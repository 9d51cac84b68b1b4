import { clientInfo } from "./client-info.js";
import { type Endpoint, type ItemSource, paginateItems, paginatePages } from "./pagination.js";

/**
 * What every list helper returns: `for await (const item of list)` walks the records, lazily,
 * page by page; `list.pages()` walks the response pages themselves; `list.toArray()` collects
 * every record. Each walk starts from the first page. Options were checked when the helper was
 * called, so a bad argument throws there, not at the first `next()`.
 */
export interface PagedList<Item, Page> extends AsyncIterable<Item> {
  [Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined>;
  /** The pages as the vendor sent them (totals, cursors and all), one request each. */
  pages(): AsyncGenerator<Page, void, undefined>;
  /** Every record, after the last page has been read. */
  toArray(): Promise<Item[]>;
}

export interface ListOfOptions<Raw, Item> {
  /**
   * The record to yield for each entry of a page, or `undefined` to skip it (a search result of
   * another type). The walk still ends on a page with no entries at all, not on one whose
   * entries were all skipped.
   */
  select?: ((raw: Raw) => Item | undefined) | undefined;
  /** A record seen on an earlier page (the list shifted during the walk) is skipped. */
  uniqueBy?: ((item: Item) => string | number | undefined) | undefined;
}

/**
 * Builds a `PagedList` from a page source. `source` is called once per walk, so a source may
 * keep state of its own (what the last page held, a resolved id).
 */
export function listOf<Page, Raw, Cursor, Item = Raw>(
  source: () => ItemSource<Page, Raw, Cursor>,
  options: ListOfOptions<Raw, Item> = {},
): PagedList<Item, Page> {
  const items = (): AsyncGenerator<Item, void, undefined> => {
    const raw = paginateItems(source());
    const walk = options.select
      ? selected(raw, options.select)
      : (raw as unknown as AsyncGenerator<Item, void, undefined>);
    return options.uniqueBy ? unique(walk, options.uniqueBy) : walk;
  };
  return {
    [Symbol.asyncIterator]: items,
    pages: () => paginatePages(source()),
    async toArray() {
      const all: Item[] = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}

async function* selected<Raw, Item>(
  raws: AsyncIterable<Raw>,
  select: (raw: Raw) => Item | undefined,
): AsyncGenerator<Item, void, undefined> {
  for await (const raw of raws) {
    const item = select(raw);
    if (item !== undefined) yield item;
  }
}

async function* unique<Item>(
  items: AsyncIterable<Item>,
  keyOf: (item: Item) => string | number | undefined,
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<string | number>();
  for await (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    yield item;
  }
}

/** The `Endpoint` a client's list helper walks: its vendor, `GET` and the path under its base URL. */
export function endpointOf(client: object, path: string, method = "GET"): Endpoint {
  const { vendor, baseUrl, redactor } = clientInfo(client);
  return { vendor: vendor.name, method, url: `${baseUrl}${path}`, redactor };
}
