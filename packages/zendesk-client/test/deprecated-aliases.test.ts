// The names replaced in this minor version still work, as thin aliases of the new surface.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  exportSearchTicketPages,
  incidentTag,
  listMacroPages,
  searchTicketPages,
  zendeskIncidentTag,
} from "../src/index.js";
import { BASE, checkNockScopes, collect, exampleTicket, testClient } from "./support.js";

checkNockScopes();

const result = (id: number) => ({ ...exampleTicket(id), result_type: "ticket" });

describe("deprecated aliases", () => {
  it("client.api is the client", () => {
    const client = testClient();
    expect(client.api).toBe(client);
  });

  it("incidentTag is zendeskIncidentTag", () => {
    expect(incidentTag).toBe(zendeskIncidentTag);
  });

  it("the …Pages helpers yield the pages of the new lists", async () => {
    nock(BASE)
      .get("/api/v2/macros")
      .query(true)
      .reply(200, { macros: [{ id: 7, title: "M", actions: [] }], meta: { has_more: false } });
    nock(BASE)
      .get("/api/v2/search")
      .query(true)
      .reply(200, { results: [result(1)], next_page: null, count: 1 });
    nock(BASE)
      .get("/api/v2/search/export")
      .query(true)
      .reply(200, { results: [result(2)], meta: { has_more: false } });
    const client = testClient();
    const macros = await collect(listMacroPages(client));
    const search = await collect(searchTicketPages(client, "status:open"));
    const exported = await collect(exportSearchTicketPages(client, "status:open"));
    expect(macros.map((p) => p.macros?.map((m) => m.id))).toEqual([[7]]);
    expect(search.map((p) => p.results?.map((r) => r.id))).toEqual([[1]]);
    expect(exported.map((p) => p.results?.map((r) => r.id))).toEqual([[2]]);
  });
});
