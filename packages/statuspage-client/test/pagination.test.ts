import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  InvalidArgumentError,
  listComponents,
  listUnresolvedIncidents,
  PaginationLoopError,
} from "../src/index.js";
import {
  checkNockScopes,
  collect,
  component,
  contract,
  incident,
  ORIGIN,
  PAGE_ID,
  range,
  testClient,
} from "./support.js";

const PATH = `/v1/pages/${PAGE_ID}/incidents/unresolved`;
const OPERATION = "/pages/{page_id}/incidents/unresolved" as const;

/** Answers page `page` of the unresolved list with incidents numbered `ids`. */
function unresolvedPage(page: number, perPage: number, ids: number[]): void {
  nock(ORIGIN)
    .get(PATH)
    .query({ page: String(page), per_page: String(perPage) })
    .reply(
      contract.reply(
        "get",
        OPERATION,
        200,
        ids.map((n) => incident(n)),
      ),
    );
}

checkNockScopes();

describe("Statuspage page/per_page pagination", () => {
  it("asks for the next page after a full one and stops after a short one", async () => {
    unresolvedPage(1, 100, range(1, 100));
    unresolvedPage(2, 100, range(101, 7));
    const { client } = testClient();

    const incidents = await collect(listUnresolvedIncidents(client));

    expect(incidents).toHaveLength(107);
    expect(incidents.at(-1)?.id).toBe("inc000000107");
  });

  it("stops at an empty page when the total is a multiple of per_page", async () => {
    unresolvedPage(1, 2, [1, 2]);
    unresolvedPage(2, 2, [3, 4]);
    unresolvedPage(3, 2, []);
    const { client } = testClient();

    const pages = await collect(listUnresolvedIncidents(client, { perPage: 2 }).pages());

    expect(pages.map((page) => page.length)).toEqual([2, 2, 0]);
  });

  it("makes one request when the first page is already empty", async () => {
    unresolvedPage(1, 100, []);
    const { client } = testClient();

    expect(await collect(listUnresolvedIncidents(client))).toEqual([]);
  });

  it("needs no cursor from the vendor: a short page is the end even without any link or total", async () => {
    unresolvedPage(1, 3, [1, 2]);
    const { client } = testClient();

    expect((await collect(listUnresolvedIncidents(client, { perPage: 3 }))).length).toBe(2);
  });

  it("stops after maxPages requests even when more pages exist", async () => {
    unresolvedPage(1, 2, [1, 2]);
    unresolvedPage(2, 2, [3, 4]);
    const { client } = testClient();

    const incidents = await collect(listUnresolvedIncidents(client, { perPage: 2, maxPages: 2 }));

    expect(incidents.map((i) => i.id)).toEqual([
      "inc000000001",
      "inc000000002",
      "inc000000003",
      "inc000000004",
    ]);
  });

  it("yields an incident that slid onto the next page (the list shifted) only once", async () => {
    unresolvedPage(1, 2, [1, 2]);
    unresolvedPage(2, 2, [2, 3]);
    unresolvedPage(3, 2, []);
    const { client } = testClient();

    const ids = (await collect(listUnresolvedIncidents(client, { perPage: 2 }))).map((i) => i.id);

    expect(ids).toEqual(["inc000000001", "inc000000002", "inc000000003"]);
  });

  it("throws PaginationLoopError instead of looping when the endpoint ignores `page`", async () => {
    unresolvedPage(1, 2, [1, 2]);
    unresolvedPage(2, 2, [1, 2]);
    const { client } = testClient();

    const error = await collect(listUnresolvedIncidents(client, { perPage: 2 })).catch(
      (e: unknown) => e,
    );

    // The vendor's fault, as an ApiError naming the endpoint the walk repeated.
    expect(error).toBeInstanceOf(PaginationLoopError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      vendor: "Statuspage",
      method: "GET",
      url: `${ORIGIN}/v1/pages/${PAGE_ID}/incidents/unresolved`,
    });
    expect((error as Error).message).toContain("page 2 pointed back to cursor 1");
  });

  it("fetches a page only when the caller asks for it", async () => {
    unresolvedPage(1, 1, [1]);
    const { client } = testClient();

    for await (const first of listUnresolvedIncidents(client, { perPage: 1 })) {
      expect(first.id).toBe("inc000000001");
      break;
    }
  });

  it("walks the component list by the same rule", async () => {
    nock(ORIGIN)
      .get(`/v1/pages/${PAGE_ID}/components`)
      .query({ page: "1", per_page: "2" })
      .reply(
        contract.reply("get", "/pages/{page_id}/components", 200, [
          component(1, "API"),
          component(2, "Dashboard"),
        ]),
      )
      .get(`/v1/pages/${PAGE_ID}/components`)
      .query({ page: "2", per_page: "2" })
      .reply(contract.reply("get", "/pages/{page_id}/components", 200, [component(3, "Webhooks")]));
    const { client } = testClient();

    const names = (await collect(listComponents(client, { perPage: 2 }))).map((c) => c.name);

    expect(names).toEqual(["API", "Dashboard", "Webhooks"]);
  });

  it.each([
    [{ perPage: 0 }, '"perPage" must be a whole number from 1 to 100, got 0'],
    [{ perPage: 101 }, '"perPage" must be a whole number from 1 to 100, got 101'],
    [{ perPage: 2.5 }, '"perPage" must be a whole number from 1 to 100, got 2.5'],
    [{ maxPages: 0 }, '"maxPages" must be a whole number ≥ 1, got 0'],
  ])("refuses %o before sending anything", (options, message) => {
    const { client } = testClient();
    expect(() => listUnresolvedIncidents(client, options)).toThrow(
      new InvalidArgumentError(`listUnresolvedIncidents`, `${message}`),
    );
  });
});
