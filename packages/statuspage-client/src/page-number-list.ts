import {
  PaginationLoopError,
  pageNumberNextCursor,
  paginateItems,
  paginatePages,
} from "@support/api-core";
import { invalidArgument } from "./arguments.js";

/** Statuspage's largest page: a bigger `per_page` is cut to 100, which would look like a last page. */
export const STATUSPAGE_MAX_PER_PAGE = 100;

/** Options of every list helper. */
export interface ListOptions {
  /** The page to read; defaults to the client's `pageId`. */
  pageId?: string | undefined;
  /** Records per request, 1–100 (default 100). */
  perPage?: number | undefined;
  /** Stop after this many requests (default: until the last page). */
  maxPages?: number | undefined;
  /** Aborts the request in flight and any wait before it. */
  signal?: AbortSignal | undefined;
}

/** The query a page/per_page endpoint is asked with; pages count from 1. */
export interface PageQuery {
  page: number;
  per_page: number;
}

/** A page/per_page list, walked lazily either page by page or record by record. */
export interface PageNumberList<Item> {
  pages(): AsyncGenerator<Item[], void, undefined>;
  /** Each record once: a record seen on an earlier page (the list shifted meanwhile) is skipped. */
  items(): AsyncGenerator<Item, void, undefined>;
}

/**
 * Walks a Statuspage list endpoint. The vendor returns a bare array with no total and no link,
 * so a page shorter than `per_page` (or empty) is the last. Options are checked now, not on the
 * first `next()`, so a bad argument fails where the helper is called.
 */
export function pageNumberList<Item extends { id?: string | undefined }>(
  helper: string,
  options: ListOptions | undefined,
  fetchPage: (query: PageQuery) => Promise<Item[]>,
): PageNumberList<Item> {
  const perPage = wholeNumber(
    helper,
    "perPage",
    options?.perPage ?? STATUSPAGE_MAX_PER_PAGE,
    STATUSPAGE_MAX_PER_PAGE,
  );
  const maxPages =
    options?.maxPages === undefined
      ? undefined
      : wholeNumber(helper, "maxPages", options.maxPages, Number.MAX_SAFE_INTEGER);
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
        if (ids === previousIds) throw new PaginationLoopError(next - 2, next - 1);
        previousIds = ids;
        return next;
      },
      items: (items: Item[]) => items,
      ...(maxPages !== undefined && { maxPages }),
    };
  };
  return {
    pages: () => paginatePages(source()),
    items: () => uniqueById(paginateItems(source())),
  };
}

async function* uniqueById<Item extends { id?: string | undefined }>(
  items: AsyncIterable<Item>,
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<string>();
  for await (const item of items) {
    if (item.id !== undefined) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
    }
    yield item;
  }
}

function wholeNumber(helper: string, name: string, value: unknown, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? "≥ 1" : `from 1 to ${max}`;
    invalidArgument(helper, `option "${name}" must be a whole number ${range}`);
  }
  return value as number;
}
