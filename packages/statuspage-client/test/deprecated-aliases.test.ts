// The names replaced in this minor version still work, as thin aliases of the new surface.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  getIncident,
  getStatuspageIncident,
  listComponentPages,
  listUnresolvedIncidentPages,
} from "../src/index.js";
import {
  checkNockScopes,
  collect,
  component,
  contract,
  incident,
  ORIGIN,
  PAGE_ID,
  testClient,
} from "./support.js";

checkNockScopes();

describe("deprecated aliases", () => {
  it("client.api is the client, and pageId stays readable but not enumerable", () => {
    const { client } = testClient();
    expect(client.api).toBe(client);
    expect(client.pageId).toBe(PAGE_ID);
    expect(Object.keys(client)).not.toContain("pageId");
  });

  it("getIncident is getStatuspageIncident", () => {
    expect(getIncident).toBe(getStatuspageIncident);
  });

  it("listUnresolvedIncidentPages and listComponentPages yield the pages of the new lists", async () => {
    nock(ORIGIN)
      .get(`/v1/pages/${PAGE_ID}/incidents/unresolved`)
      .query({ page: "1", per_page: "100" })
      .reply(contract.reply("get", "/pages/{page_id}/incidents/unresolved", 200, [incident(1)]));
    nock(ORIGIN)
      .get(`/v1/pages/${PAGE_ID}/components`)
      .query({ page: "1", per_page: "100" })
      .reply(contract.reply("get", "/pages/{page_id}/components", 200, [component(1, "API")]));
    const { client } = testClient();
    const incidents = await collect(listUnresolvedIncidentPages(client));
    const components = await collect(listComponentPages(client));
    expect(incidents.map((p) => p.map((i) => i.id))).toEqual([[incident(1).id]]);
    expect(components.map((p) => p.map((c) => c.name))).toEqual([["API"]]);
  });
});
