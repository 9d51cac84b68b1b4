import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { createApiClient } from "../src/client.js";
import { UnexpectedResponseError } from "../src/errors.js";
import { unexpectedShape } from "../src/shape.js";
import type { VendorProfile } from "../src/vendor.js";

interface paths {
  "/v1/things": {
    get: { responses: { 200: { content: { "application/json": { things: string[] } } } } };
  };
}

const BASE = "https://api.vendor.test";
const API_KEY = "vk_live_0f6a2d9e41b7c358";
const vendor: VendorProfile = { name: "Vendor", requestIdHeaders: ["x-vendor-request-id"] };

afterEach(() => {
  nock.cleanAll();
});

describe("unexpectedShape", () => {
  it("names the call, the status and the problem, and keeps the vendor's request id", async () => {
    const scope = nock(BASE)
      .get("/v1/things")
      .query({ page: "2" })
      .reply(200, { thing: "one" }, { "x-vendor-request-id": "req-shape-1" });
    const client = createApiClient<paths>({
      vendor,
      baseUrl: BASE,
      headers: { Authorization: `Bearer ${API_KEY}` },
      secrets: [API_KEY],
      product: "@support/test-client/1.0.0",
      options: { retry: false },
    });
    const { response } = await client.api.GET("/v1/things", { params: { query: { page: 2 } } });
    const error = unexpectedShape(client.vendor, response, 'without the list "things"');
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({
      message: `Vendor GET ${BASE}/v1/things?page=2 returned 200 without the list "things"`,
      vendor: "Vendor",
      method: "GET",
      url: `${BASE}/v1/things?page=2`,
      status: 200,
      requestId: "req-shape-1",
    });
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    scope.done();
  });
});
