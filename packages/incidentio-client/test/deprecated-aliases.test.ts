// The names replaced in this minor version still work, as thin aliases of the new surface.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  getIncident,
  getIncidentIoIncident,
  listIncidentPages,
  listIncidentUpdatePages,
  listLiveIncidentPages,
} from "../src/index.js";
import { incident, update } from "./fixtures.js";
import { BASE, checkNockScopes, collect, contract, testClient } from "./support.js";

checkNockScopes();

const one = incident("01JN8Q1INCIDENTFIRST000000", 4182, "Card payments declined");
const incidentsPage = contract.reply("get", "/v2/incidents", 200, {
  incidents: [one],
  pagination_meta: { page_size: 250, total_record_count: 1 },
});

describe("deprecated aliases", () => {
  it("client.api is the client: client.api.GET is client.GET", () => {
    const client = testClient();
    expect(client.api).toBe(client);
    expect(client.api.GET).toBe(client.GET);
  });

  it("getIncident is getIncidentIoIncident", () => {
    expect(getIncident).toBe(getIncidentIoIncident);
  });

  it("listIncidentPages and listLiveIncidentPages yield the pages of the new lists", async () => {
    nock(BASE).get("/v2/incidents").query({ page_size: "250" }).reply(incidentsPage);
    nock(BASE)
      .get("/v2/incidents")
      .query({ page_size: "250", "status_category[one_of]": "live" })
      .reply(incidentsPage);
    const all = await collect(listIncidentPages(testClient()));
    const live = await collect(listLiveIncidentPages(testClient()));
    expect([all, live].map((pages) => pages.map((p) => p.incidents.map((i) => i.id)))).toEqual([
      [[one.id]],
      [[one.id]],
    ]);
  });

  it("listIncidentUpdatePages yields the update pages", async () => {
    const posted = update("01JN8Q2UPDATE0000000000001", one.id, "Investigating");
    nock(BASE)
      .get("/v2/incident_updates")
      .query({ incident_id: one.id, page_size: "250" })
      .reply(
        contract.reply("get", "/v2/incident_updates", 200, {
          incident_updates: [posted],
          pagination_meta: { page_size: 250 },
        }),
      );
    const pages = await collect(listIncidentUpdatePages(testClient(), one.id));
    expect(pages.map((p) => p.incident_updates.map((u) => u.id))).toEqual([[posted.id]]);
  });
});
