import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApiClient } from "../src/client.js";
import { clientInfo } from "../src/client-info.js";
import { ApiError, UnexpectedResponseError } from "../src/errors.js";
import { unexpectedShape, unwrapChecked } from "../src/shape.js";
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

const testClient = () =>
  createApiClient<paths>({
    vendor,
    baseUrl: BASE,
    headers: { Authorization: `Bearer ${API_KEY}` },
    secrets: [API_KEY],
    product: "@support/test-client/1.0.0",
    options: { retry: false },
  });

const withoutThings = (data: { things?: unknown }) =>
  Array.isArray(data.things) ? undefined : 'without the list "things"';

describe("unexpectedShape", () => {
  it("names the call, the status and the problem, and keeps the vendor's request id", async () => {
    const scope = nock(BASE)
      .get("/v1/things")
      .query({ page: "2" })
      .reply(200, { thing: "one" }, { "x-vendor-request-id": "req-shape-1" });
    const client = testClient();
    const { response } = await client.GET("/v1/things", { params: { query: { page: 2 } } });
    const error = unexpectedShape(clientInfo(client).vendor, response, 'without the list "things"');
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

describe("unwrapChecked", () => {
  it("returns the data when the check finds no problem", async () => {
    const scope = nock(BASE)
      .get("/v1/things")
      .reply(200, { things: ["a", "b"] });
    const client = testClient();

    const data = await unwrapChecked(client, client.GET("/v1/things"), withoutThings);

    expect(data).toEqual({ things: ["a", "b"] });
    scope.done();
  });

  it("throws the check's problem as unexpectedShape for the call the data came from", async () => {
    const scope = nock(BASE)
      .get("/v1/things")
      .query({ page: "3" })
      .reply(200, { thing: "one" }, { "x-vendor-request-id": "req-shape-2" });
    const client = testClient();

    const error = await unwrapChecked(
      client,
      client.GET("/v1/things", { params: { query: { page: 3 } } }),
      withoutThings,
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({
      message: `Vendor GET ${BASE}/v1/things?page=3 returned 200 without the list "things"`,
      method: "GET",
      status: 200,
      requestId: "req-shape-2",
    });
    scope.done();
  });

  it("leaves an error status to unwrap: an ApiError, the check never called", async () => {
    const scope = nock(BASE).get("/v1/things").reply(404, { code: "not_found" });
    const client = testClient();
    const check = vi.fn(withoutThings);

    const error = await unwrapChecked(client, client.GET("/v1/things"), check).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 404 });
    expect(check).not.toHaveBeenCalled();
    scope.done();
  });
});
