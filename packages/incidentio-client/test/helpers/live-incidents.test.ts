import nock from "nock";
import { describe, expect, it } from "vitest";
import { type ListLiveIncidentsOptions, listLiveIncidents } from "../../src/index.js";
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

const live = incident("01JN8Q1INCIDENTLIVE0000000", 4190, "Login page times out");
const livePage = contract.fixture("get", "/v2/incidents", 200, {
  incidents: [live],
  pagination_meta: { page_size: 250, total_record_count: 1 },
});

describe("listLiveIncidents", () => {
  it("asks for the live status category as a deep object on the wire", async () => {
    const urls: string[] = [];
    nock(BASE)
      .get("/v2/incidents")
      .query({ "status_category[one_of]": "live", page_size: "250" })
      .reply(async (request: Request) => {
        urls.push(request.url);
        return [200, livePage];
      });
    const all = await collect(listLiveIncidents(testClient()));
    expect(all.map((i) => i.reference)).toEqual(["INC-4190"]);
    expect(decodeURIComponent(urls[0] ?? "")).toContain("status_category[one_of]=live");
    expect(urls[0]).not.toMatch(/[?&]one_of=/);
  });

  it("combines other filters with the live category, which callers cannot replace", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({
        "status_category[one_of]": "live",
        "severity[one_of]": "01JN8Q0SEVERITYMAJOR00000C",
        page_size: "10",
      })
      .reply(contract.reply("get", "/v2/incidents", 200, livePage));
    const options = {
      pageSize: 10,
      severity: { one_of: ["01JN8Q0SEVERITYMAJOR00000C"] },
      status_category: { one_of: ["closed"] },
    } as ListLiveIncidentsOptions;
    expect(await collect(listLiveIncidents(testClient(), options))).toHaveLength(1);
  });

  it("yields response pages from listLiveIncidentPages", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({ "status_category[one_of]": "live", page_size: "250" })
      .reply(contract.reply("get", "/v2/incidents", 200, livePage));
    const pages = await collect(listLiveIncidents(testClient()).pages());
    expect(pages).toEqual([livePage]);
  });

  it("throws the vendor's error as a typed ApiError", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query(true)
      .reply(401, vendorError(401, "authentication_required", "Bad API key", "req-live-401"));
    await expectApiError(collect(listLiveIncidents(testClient())), {
      status: 401,
      code: "authentication_required",
      requestId: "req-live-401",
    });
  });

  it("names itself when an option is wrong", () => {
    expect(() => listLiveIncidents(testClient(), { pageSize: -1 })).toThrow(
      /^listLiveIncidents: "pageSize"/,
    );
  });
});
