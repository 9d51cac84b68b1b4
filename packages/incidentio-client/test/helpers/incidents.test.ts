import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  ClientConfigError,
  InvalidArgumentError,
  listIncidentPages,
  listIncidents,
} from "../../src/index.js";
import { incident } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  collect,
  contract,
  expectApiError,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

const first = incident("01JN8Q1INCIDENTFIRST000000", 4182, "Card payments declined");
const second = incident("01JN8Q1INCIDENTSECOND00000", 4181, "Refund emails delayed");
const third = incident("01JN8Q1INCIDENTTHIRD000000", 4180, "Help centre search slow");

const page = (incidents: (typeof first)[], after?: string) =>
  contract.reply("get", "/v2/incidents", 200, {
    incidents,
    pagination_meta: { page_size: 2, total_record_count: 3, ...(after && { after }) },
  });

describe("listIncidents: pagination", () => {
  it("follows pagination_meta.after and stops after a page without it", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({ page_size: "2" })
      .reply(page([first, second], second.id))
      .get("/v2/incidents")
      .query({ page_size: "2", after: second.id })
      .reply(page([third]));
    const all = await collect(listIncidents(testClient(), { pageSize: 2 }));
    expect(all.map((i) => i.reference)).toEqual(["INC-4182", "INC-4181", "INC-4180"]);
  });

  it("stops on an empty page even if it still carries a cursor", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({ page_size: "2" })
      .reply(page([first, second], second.id))
      .get("/v2/incidents")
      .query({ page_size: "2", after: second.id })
      .reply(page([], "01JN8Q1INCIDENTNEVER000000"));
    const all = await collect(listIncidents(testClient(), { pageSize: 2 }));
    expect(all).toHaveLength(2);
  });

  it("stops when the page has no pagination_meta or an empty cursor", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({ page_size: "250" })
      .reply(contract.reply("get", "/v2/incidents", 200, { incidents: [first] }));
    expect(await collect(listIncidents(testClient()))).toHaveLength(1);

    nock(BASE)
      .get("/v2/incidents")
      .query({ page_size: "250" })
      .reply(page([first], ""));
    expect(await collect(listIncidents(testClient()))).toHaveLength(1);
  });

  it("stops after maxPages requests", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({ page_size: "2" })
      .reply(page([first, second], second.id));
    const all = await collect(listIncidents(testClient(), { pageSize: 2, maxPages: 1 }));
    expect(all).toHaveLength(2);
  });

  it("yields whole response pages, with the total count, from listIncidentPages", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({ page_size: "2" })
      .reply(page([first, second], second.id))
      .get("/v2/incidents")
      .query({ page_size: "2", after: second.id })
      .reply(page([third]));
    const pages = await collect(listIncidents(testClient(), { pageSize: 2 }).pages());
    expect(pages.map((p) => p.incidents.length)).toEqual([2, 1]);
    expect(pages[0]?.pagination_meta?.total_record_count).toBe(3);
  });

  it("fetches nothing until the caller iterates", async () => {
    const scope = nock(BASE)
      .get("/v2/incidents")
      .query(true)
      .reply(page([first]));
    const incidents = listIncidents(testClient());
    expect(scope.isDone()).toBe(false);
    expect((await incidents[Symbol.asyncIterator]().next()).value).toEqual(first);
    expect(scope.isDone()).toBe(true);
  });
});

describe("listIncidents: filters", () => {
  it("sends the vendor's filters as deep objects next to the page query", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({
        page_size: "50",
        sort_by: "created_at_oldest_first",
        "severity[one_of]": "01JN8Q0SEVERITYMAJOR00000C",
        "mode[one_of]": ["standard", "retrospective"],
        "created_at[gte]": "2026-03-01",
      })
      .reply(page([first]));
    const all = await collect(
      listIncidents(testClient(), {
        pageSize: 50,
        sort_by: "created_at_oldest_first",
        severity: { one_of: ["01JN8Q0SEVERITYMAJOR00000C"] },
        mode: { one_of: ["standard", "retrospective"] },
        created_at: { gte: ["2026-03-01"] },
      }),
    );
    expect(all).toHaveLength(1);
  });
});

describe("listIncidents: errors", () => {
  it("throws the vendor's error as a typed ApiError without the API key", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query(true)
      .reply(403, vendorError(403, "forbidden", "Missing scope", "req-list-403"));
    await expectApiError(collect(listIncidents(testClient())), {
      status: 403,
      code: "forbidden",
      requestId: "req-list-403",
    });
  });

  it("reports a page without an incidents list as an unexpected response", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query(true)
      .reply(200, { pagination_meta: { page_size: 1 } });
    await expect(collect(listIncidents(testClient()))).rejects.toMatchObject({
      name: "UnexpectedResponseError",
      message: expect.stringContaining('without the list "incidents"'),
    });
  });

  it.each([
    [{ pageSize: 0 }, '"pageSize" must be a whole number from 1 to 250, got 0'],
    [{ pageSize: 251 }, '"pageSize" must be a whole number from 1 to 250, got 251'],
    [{ pageSize: 2.5 }, '"pageSize" must be a whole number from 1 to 250, got 2.5'],
    [{ maxPages: 0 }, '"maxPages" must be a whole number ≥ 1, got 0'],
  ])("refuses %j when called, before any request", (options, message) => {
    expect(() => listIncidents(testClient(), options)).toThrow(InvalidArgumentError);
    expect(() => listIncidents(testClient(), options)).toThrow(ClientConfigError);
    expect(() => listIncidents(testClient(), options)).toThrow(`listIncidents: ${message}`);
    expect(() => listIncidentPages(testClient(), options)).toThrow(`listIncidentPages: ${message}`);
  });
});
