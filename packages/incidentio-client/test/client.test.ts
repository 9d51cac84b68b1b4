import { loadContract } from "@support/openapi-tools";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "../src/generated/schema.js";
import { ApiError, ClientConfigError, createIncidentIoClient } from "../src/index.js";

const contract = await loadContract<paths>(new URL("../openapi/manifest.json", import.meta.url));
const API_KEY = "inc_test_9f2c4e71a0b3";
const BASE = "https://api.incident.io";

const severities = contract.fixture("get", "/v1/severities", 200, {
  severities: [
    {
      id: "01FCNDV6P870EA6S7TK1DSYDG0",
      name: "Major",
      description: "Customers are affected.",
      rank: 2,
      created_at: "2026-01-05T09:00:00Z",
      updated_at: "2026-01-05T09:00:00Z",
    },
  ],
});

afterEach(() => {
  nock.cleanAll();
});

describe("createIncidentIoClient", () => {
  it("sends Bearer auth to the production base URL and returns typed data", async () => {
    const scope = nock(BASE)
      .get("/v1/severities")
      .matchHeader("authorization", `Bearer ${API_KEY}`)
      .matchHeader("user-agent", /^@support\/incidentio-client\/\d+\.\d+\.\d+ node\//)
      .reply(200, severities);
    const client = createIncidentIoClient({ apiKey: API_KEY });
    const data = await client.unwrap(client.GET("/v1/severities"));
    expect(data.severities.map((s) => s.name)).toEqual(["Major"]);
    scope.done();
  });

  it("serialises list filters as deep objects (status_category[one_of]=live)", async () => {
    const scope = nock(BASE)
      .get("/v2/incidents")
      .query({ "status_category[one_of]": "live", page_size: "25" })
      .reply(
        contract.reply("get", "/v2/incidents", 200, {
          incidents: [],
          pagination_meta: { page_size: 25 },
        }),
      );
    const client = createIncidentIoClient({ apiKey: API_KEY });
    const data = await client.unwrap(
      client.GET("/v2/incidents", {
        params: { query: { status_category: { one_of: ["live"] }, page_size: 25 } },
      }),
    );
    expect(data.incidents).toEqual([]);
    scope.done();
  });

  it("uses baseUrl and reads incident.io's error body into a typed error", async () => {
    const scope = nock("https://incident.mock.test")
      .get("/v2/incidents/missing")
      .reply(404, {
        type: "not_found",
        status: 404,
        request_id: "req-404",
        errors: [{ code: "not_found", message: "Incident not found" }],
      });
    const client = createIncidentIoClient({
      apiKey: API_KEY,
      baseUrl: "https://incident.mock.test/",
    });
    const error = await client
      .unwrap(client.GET("/v2/incidents/{id}", { params: { path: { id: "missing" } } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: "not_found",
      requestId: "req-404",
      vendor: "incident.io",
    });
    expect(String(error)).not.toContain(API_KEY);
    scope.done();
  });

  it("names a missing or empty apiKey", () => {
    expect(() => createIncidentIoClient({ apiKey: "" })).toThrow(
      new ClientConfigError('createIncidentIoClient: option "apiKey" must be a non-empty string'),
    );
  });
});
