import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  exportSearchTickets,
  InvalidArgumentError,
  PaginationLoopError,
  SearchResultLimitError,
  searchTickets,
  ticketsTaggedIncident,
  zendeskIncidentTag,
} from "../../src/index.js";
import {
  apiErrorOf,
  BASE,
  checkNockScopes,
  collect,
  contract,
  exampleTicket,
  testClient,
  zendeskError,
} from "../support.js";

checkNockScopes();

const asResult = (id: number, tags?: string[]) => ({
  ...exampleTicket(id, tags),
  result_type: "ticket" as const,
});

const searchPage = (ids: number[], nextPage: number | null, count = 250) =>
  contract.fixture("get", "/api/v2/search", 200, {
    results: ids.map((id) => asResult(id)),
    count,
    next_page:
      nextPage === null
        ? null
        : `${BASE}/api/v2/search.json?page=${nextPage}&per_page=100&query=type%3Aticket`,
    previous_page: null,
    facets: null,
  });

const exportPage = (
  ids: number[],
  meta: { has_more?: boolean; after_cursor?: string | null },
  next: string | null = null,
) =>
  contract.fixture("get", "/api/v2/search/export", 200, {
    results: ids.map((id) => asResult(id)),
    meta: { before_cursor: null, ...meta },
    links: { next, prev: null },
    facets: null,
  });

describe("searchTickets: /api/v2/search, offset pages", () => {
  it("adds type:ticket, asks for 100 a page and follows next_page until it is null", async () => {
    nock(BASE)
      .get("/api/v2/search")
      .query({ query: "type:ticket status<solved", per_page: "100" })
      .reply(200, searchPage([1, 2], 2))
      .get("/api/v2/search")
      .query({ query: "type:ticket status<solved", per_page: "100", page: "2" })
      .reply(200, searchPage([3], null));
    const tickets = await collect(searchTickets(testClient(), "status<solved"));
    expect(tickets.map((t) => t.id)).toEqual([1, 2, 3]);
    expect(tickets[0]).toMatchObject({ subject: "Dashboards do not load (1)", status: "open" });
  });

  it("passes sorting and page size, and keeps a query that already says type:ticket", async () => {
    nock(BASE)
      .get("/api/v2/search")
      .query({
        query: "type:ticket tags:vip",
        per_page: "25",
        sort_by: "updated_at",
        sort_order: "asc",
      })
      .reply(200, searchPage([5], null));
    const tickets = await collect(
      searchTickets(testClient(), "type:ticket tags:vip", {
        perPage: 25,
        sortBy: "updated_at",
        sortOrder: "asc",
      }),
    );
    expect(tickets.map((t) => t.id)).toEqual([5]);
  });

  it("stops after a page without results even when next_page is set", async () => {
    nock(BASE)
      .get("/api/v2/search")
      .query(true)
      .reply(200, searchPage([], 2, 0));
    expect(await collect(searchTickets(testClient(), "tags:none"))).toEqual([]);
  });

  it("yields whole pages with Zendesk's count from searchTicketPages, up to maxPages", async () => {
    nock(BASE)
      .get("/api/v2/search")
      .query(true)
      .reply(200, searchPage([1], 2, 3));
    const pages = await collect(searchTickets(testClient(), "checkout", { maxPages: 1 }).pages());
    expect(pages).toHaveLength(1);
    expect(pages[0]?.count).toBe(3);
  });

  it("throws SearchResultLimitError instead of asking for a page past 1,000 results", async () => {
    const scope = nock(BASE);
    for (let page = 1; page <= 10; page++) {
      scope
        .get("/api/v2/search")
        .query((q) => (q.page ?? "1") === String(page))
        .reply(200, searchPage([page], page + 1, 1523));
    }
    const seen: number[] = [];
    const walk = async () => {
      for await (const ticket of searchTickets(testClient(), "tags:outage"))
        seen.push(ticket.id ?? 0);
    };
    const error = await walk().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchResultLimitError);
    expect(error).toMatchObject({ count: 1523, limit: 1000 });
    // One error family: a caller catching ApiError sees which vendor call it was.
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      vendor: "Zendesk",
      method: "GET",
      url: `${BASE}/api/v2/search`,
      code: "search_result_limit",
      status: undefined,
    });
    expect((error as Error).message).toMatch(/matches 1523 results.*use exportSearchTickets/);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("turns a refused search into an ApiError with Zendesk's code and request id", async () => {
    nock(BASE)
      .get("/api/v2/search")
      .query(true)
      .reply(422, ...zendeskError("InvalidSearch", "Invalid search query", "req-422"));
    const error = await apiErrorOf(collect(searchTickets(testClient(), "created>tomorrow")));
    expect(error).toMatchObject({ status: 422, code: "InvalidSearch", requestId: "req-422" });
  });

  it("rejects an empty query, another type and a bad page size before any request", () => {
    expect(() => searchTickets(testClient(), "  ")).toThrow(/"query" must be a non-empty string/);
    expect(() => searchTickets(testClient(), "type:user jane")).toThrow(/type:user/);
    expect(() => searchTickets(testClient(), "x", { perPage: 500 })).toThrow(
      /searchTickets: "perPage" must be a whole number from 1 to 100, got 500/,
    );
  });
});

describe("exportSearchTickets: /api/v2/search/export, cursor pages", () => {
  const query = (extra: Record<string, string> = {}) => ({
    query: "tags:outage",
    "filter[type]": "ticket",
    "page[size]": "100",
    ...extra,
  });

  it("follows after_cursor, then the cursor in links.next, and stops when has_more is false", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(query())
      .reply(200, exportPage([1, 2], { has_more: true, after_cursor: "c1" }))
      .get("/api/v2/search/export")
      .query(query({ "page[after]": "c1" }))
      .reply(
        200,
        exportPage(
          [3],
          { has_more: true, after_cursor: null },
          `${BASE}/api/v2/search/export?filter%5Btype%5D=ticket&page%5Bafter%5D=c2&page%5Bsize%5D=100`,
        ),
      )
      .get("/api/v2/search/export")
      .query(query({ "page[after]": "c2" }))
      .reply(200, exportPage([4], { has_more: false, after_cursor: "c3" }));
    const tickets = await collect(exportSearchTickets(testClient(), "tags:outage"));
    expect(tickets.map((t) => t.id)).toEqual([1, 2, 3, 4]);
  });

  it("stops when a page says there is more but gives no cursor", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(query())
      .reply(200, exportPage([1], { has_more: true, after_cursor: null }));
    expect((await collect(exportSearchTickets(testClient(), "tags:outage"))).length).toBe(1);
  });

  it("stops after an empty page", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(query())
      .reply(200, exportPage([], { has_more: true, after_cursor: "c1" }));
    expect(await collect(exportSearchTickets(testClient(), "tags:outage").pages())).toHaveLength(1);
  });

  it("refuses to loop when Zendesk repeats a cursor", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(query())
      .reply(200, exportPage([1], { has_more: true, after_cursor: "same" }))
      .get("/api/v2/search/export")
      .query(query({ "page[after]": "same" }))
      .reply(200, exportPage([2], { has_more: true, after_cursor: "same" }));
    await expect(collect(exportSearchTickets(testClient(), "tags:outage"))).rejects.toThrow(
      PaginationLoopError,
    );
  });

  it("sends the page size it is given", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(query({ "page[size]": "1000" }))
      .reply(200, exportPage([1], { has_more: false }));
    await collect(exportSearchTickets(testClient(), "tags:outage", { pageSize: 1000 }));
  });

  it("turns Zendesk's { error: { title, message } } body into an ApiError", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(query())
      .reply(
        400,
        { error: { title: "Invalid attribute", message: "page[size] is too large" } },
        { "X-Zendesk-Request-Id": "req-400" },
      );
    const error = await apiErrorOf(collect(exportSearchTickets(testClient(), "tags:outage")));
    expect(error).toMatchObject({ status: 400, code: "Invalid attribute", requestId: "req-400" });
  });

  it("rejects a type: term, which the export endpoint refuses", () => {
    expect(() => exportSearchTickets(testClient(), "type:ticket tags:x")).toThrow(
      /must not contain a type: term/,
    );
  });
});

describe("ticketsTaggedIncident", () => {
  it("exports tickets tagged incident/<n> and keeps only exact tag matches", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query({
        query: "tags:incident/42 status<solved",
        "filter[type]": "ticket",
        "page[size]": "100",
      })
      .reply(
        200,
        contract.fixture("get", "/api/v2/search/export", 200, {
          results: [asResult(1), asResult(2, ["incident/420"]), asResult(3, ["a", "incident/42"])],
          meta: { has_more: false, after_cursor: null, before_cursor: null },
          links: { next: null, prev: null },
        }),
      );
    const tickets = await collect(
      ticketsTaggedIncident(testClient(), "INC-42", { query: "status<solved" }),
    );
    expect(tickets.map((t) => t.id)).toEqual([1, 3]);
  });

  it("turns a throttled export into an ApiError once the client's retries are used up", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(true)
      .times(4)
      .reply(429, ...zendeskError("TooManyRequests", "Rate limit exceeded", "req-429"));
    const error = await apiErrorOf(collect(ticketsTaggedIncident(testClient(), 42)));
    expect(error).toMatchObject({ status: 429, code: "TooManyRequests", requestId: "req-429" });
  });

  it("rejects something that is not an incident number", () => {
    expect(() => ticketsTaggedIncident(testClient(), "INC-x")).toThrow(
      /must be an incident number such as 42/,
    );
  });
});

describe("zendeskIncidentTag", () => {
  it.each([
    [42, "incident/42"],
    ["42", "incident/42"],
    ["INC-7", "incident/7"],
    ["inc-7", "incident/7"],
  ])("turns %j into %s", (incident, tag) => {
    expect(zendeskIncidentTag(incident)).toBe(tag);
  });

  it.each([0, -1, 2.5, "", "INC-", "incident/4", "INC-04"])("rejects %j", (incident) => {
    expect(() => zendeskIncidentTag(incident)).toThrow(InvalidArgumentError);
  });
});
