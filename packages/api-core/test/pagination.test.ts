import { describe, expect, expectTypeOf, it } from "vitest";
import { ApiError, PaginationLoopError } from "../src/errors.js";
import { pageNumberNextCursor } from "../src/next-page.js";
import { paginateItems, paginatePages } from "../src/pagination.js";

type CursorPage = { items: string[]; pagination_meta?: { after?: string | null } };

/** A fake endpoint: cursor → page, counting fetches. */
function cursorEndpoint(pages: Record<string, CursorPage>) {
  const requested: (string | undefined)[] = [];
  return {
    requested,
    fetchPage: async (cursor: string | undefined) => {
      requested.push(cursor);
      const page = pages[cursor ?? "first"];
      if (!page) throw new Error(`no page for ${cursor}`);
      return page;
    },
    nextCursor: (page: CursorPage) => page.pagination_meta?.after,
    items: (page: CursorPage) => page.items,
    endpoint: { vendor: "Vendor", method: "GET", url: "https://api.vendor.test/v1/things" },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("paginateItems and paginatePages", () => {
  it("follows cursors until one is missing", async () => {
    const source = cursorEndpoint({
      first: { items: ["a", "b"], pagination_meta: { after: "b" } },
      b: { items: ["c"], pagination_meta: {} },
    });
    expect(await collect(paginateItems(source))).toEqual(["a", "b", "c"]);
    expect(source.requested).toEqual([undefined, "b"]);
  });

  it("stops at an empty page even when it carries a cursor", async () => {
    const source = cursorEndpoint({
      first: { items: ["a"], pagination_meta: { after: "a" } },
      a: { items: [], pagination_meta: { after: "zzz" } },
    });
    expect(await collect(paginatePages(source))).toHaveLength(2);
    expect(source.requested).toEqual([undefined, "a"]);
  });

  it("treats an empty-string cursor as the end", async () => {
    const source = cursorEndpoint({ first: { items: ["a"], pagination_meta: { after: "" } } });
    expect(await collect(paginateItems(source))).toEqual(["a"]);
  });

  it("throws PaginationLoopError when a cursor repeats instead of looping forever", async () => {
    const source = cursorEndpoint({
      first: { items: ["a"], pagination_meta: { after: "x" } },
      x: { items: ["b"], pagination_meta: { after: "y" } },
      y: { items: ["c"], pagination_meta: { after: "x" } },
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginateItems(source)) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["a", "b", "c"]);
    // The vendor's fault, named like any failed call: an ApiError with vendor, method and URL.
    expect(error).toBeInstanceOf(PaginationLoopError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      vendor: "Vendor",
      method: "GET",
      url: "https://api.vendor.test/v1/things",
      cursor: "x",
      page: 3,
      message:
        'Vendor GET https://api.vendor.test/v1/things: pagination stopped, page 3 pointed back to cursor "x", which was already fetched',
    });
  });

  it("fetches lazily: breaking out early requests no further page", async () => {
    const source = cursorEndpoint({
      first: { items: ["a", "b"], pagination_meta: { after: "b" } },
      b: { items: ["c"] },
    });
    for await (const item of paginateItems(source)) if (item === "a") break;
    expect(source.requested).toEqual([undefined]);
  });

  it("types pages by fetchPage, not by the vendor next-page function", async () => {
    type Page = { incidents: { id: string }[]; pagination_meta?: { after?: string } };
    // A next-page rule typed on a wider page shape than the one fetched.
    const after = (page: { pagination_meta?: { after?: string } }) => page.pagination_meta?.after;
    const iterator = paginateItems({
      fetchPage: async (): Promise<Page> => ({ incidents: [{ id: "a" }] }),
      nextCursor: after,
      items: (page) => page.incidents,
    });
    expectTypeOf(iterator).toEqualTypeOf<AsyncGenerator<{ id: string }, void, undefined>>();
    expect(await collect(iterator)).toEqual([{ id: "a" }]);
  });

  it("honours maxPages", async () => {
    const source = {
      ...cursorEndpoint({ first: { items: ["a"], pagination_meta: { after: "a" } } }),
      maxPages: 1,
    };
    expect(await collect(paginateItems(source))).toEqual(["a"]);
  });
});

describe("pageNumberNextCursor", () => {
  const next = pageNumberNextCursor(2, (page: string[]) => page);

  it("asks for page 2 after a full first page and stops after a short page", () => {
    expect(next(["a", "b"], undefined)).toBe(2);
    expect(next(["c", "d"], 2)).toBe(3);
    expect(next(["e"], 3)).toBeUndefined();
  });

  it("walks a page-numbered endpoint end to end", async () => {
    const data = ["a", "b", "c", "d", "e"];
    const requested: (number | undefined)[] = [];
    const items = await collect(
      paginateItems({
        fetchPage: async (page: number | undefined) => {
          requested.push(page);
          const n = page ?? 1;
          return data.slice((n - 1) * 2, n * 2);
        },
        nextCursor: next,
        items: (page: string[]) => page,
      }),
    );
    expect(items).toEqual(data);
    expect(requested).toEqual([undefined, 2, 3]);
  });
});
