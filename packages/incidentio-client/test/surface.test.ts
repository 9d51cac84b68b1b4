// The client as an openapi-fetch user meets it: `client.GET` called directly, with the client's
// defaults (no injected clock), against a mock base URL.
import { inspect } from "node:util";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { ApiError, createIncidentIoClient } from "../src/index.js";
import { checkNockScopes } from "./support.js";

checkNockScopes();

const API_KEY = "inc_surface_3f9a7c21d4e8";
const MOCK = "https://incident.mock.test";
const client = () => createIncidentIoClient({ apiKey: API_KEY, baseUrl: MOCK });
const severities = { severities: [] };

describe("client.GET and friends, called directly", () => {
  it("authenticates, uses the base URL and returns typed data", async () => {
    nock(MOCK)
      .get("/v1/severities")
      .matchHeader("authorization", `Bearer ${API_KEY}`)
      .reply(200, severities);
    const { data, response } = await client().GET("/v1/severities");
    expect(response.status).toBe(200);
    expect(data?.severities).toEqual([]);
  });

  it.each([429, 503])("retries a GET answered %i", async (status) => {
    nock(MOCK)
      .get("/v1/severities")
      .reply(status, {}, { "Retry-After": "0" })
      .get("/v1/severities")
      .reply(200, severities);
    const { data } = await client().GET("/v1/severities");
    expect(data).toEqual(severities);
  });

  it("does not retry a POST answered 500, and the error holds no key", async () => {
    nock(MOCK)
      .post("/v1/incident_attachments")
      .reply(500, { type: "internal", errors: [{ code: "internal", message: `key ${API_KEY}` }] });
    const c = client();
    const error = await c
      .unwrap(
        c.POST("/v1/incident_attachments", {
          body: {
            incident_id: "01X",
            resource: { resource_type: "zendesk_ticket", external_id: "1" },
          },
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, method: "POST" });
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(API_KEY);
    }
  });
});
