import nock from "nock";
import { describe, expect, it } from "vitest";
import { listIncidentUpdates } from "../../src/index.js";
import { incident, update } from "../fixtures.js";
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

const ID = "01JN8Q1INCIDENTCHECKOUT00A";
const posted = update("01JN8Q2UPDATEFIRST00000000", ID, "Card issuer confirmed an outage.");
const later = update("01JN8Q2UPDATESECOND0000000", ID, "Payments recovering.");

const page = (updates: (typeof posted)[], after?: string) =>
  contract.reply("get", "/v2/incident_updates", 200, {
    incident_updates: updates,
    ...(after && { pagination_meta: { page_size: 1, after } }),
  });

describe("listIncidentUpdates", () => {
  it("lists one incident's updates page by page", async () => {
    nock(BASE)
      .get("/v2/incident_updates")
      .query({ incident_id: ID, page_size: "1" })
      .reply(page([posted], posted.id))
      .get("/v2/incident_updates")
      .query({ incident_id: ID, page_size: "1", after: posted.id })
      .reply(page([later]));
    const updates = await collect(listIncidentUpdates(testClient(), ID, { pageSize: 1 }));
    expect(updates.map((u) => u.message)).toEqual([
      "Card issuer confirmed an outage.",
      "Payments recovering.",
    ]);
  });

  it("resolves a reference to the incident's ID once, before the first page", async () => {
    nock(BASE)
      .get("/v2/incidents/4182")
      .reply(
        contract.reply("get", "/v2/incidents/{id}", 200, {
          incident: incident(ID, 4182, "Card payments declined"),
        }),
      )
      .get("/v2/incident_updates")
      .query({ incident_id: ID, page_size: "1" })
      .reply(page([posted], posted.id))
      .get("/v2/incident_updates")
      .query({ incident_id: ID, page_size: "1", after: posted.id })
      .reply(page([]));
    const pages = await collect(
      listIncidentUpdates(testClient(), "INC-4182", { pageSize: 1 }).pages(),
    );
    expect(pages.map((p) => p.incident_updates.length)).toEqual([1, 0]);
  });

  it("refuses a missing incident when called", () => {
    expect(() => listIncidentUpdates(testClient(), "")).toThrow(
      'listIncidentUpdates: "incident" must be a non-empty string',
    );
  });

  it("throws the vendor's error as a typed ApiError", async () => {
    nock(BASE)
      .get("/v2/incident_updates")
      .query(true)
      .reply(404, vendorError(404, "not_found", "No such incident", "req-updates-404"));
    await expectApiError(collect(listIncidentUpdates(testClient(), ID)), {
      status: 404,
      code: "not_found",
      requestId: "req-updates-404",
    });
  });
});
