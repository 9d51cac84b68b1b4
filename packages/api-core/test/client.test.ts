import { inspect } from "node:util";
import nock from "nock";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { createApiClient } from "../src/client.js";
import { clientInfo } from "../src/client-info.js";
import { ApiError, ApiNetworkError, ClientConfigError } from "../src/errors.js";
import type { ClientOptions } from "../src/options.js";
import { serializeDeepObjectQuery } from "../src/query.js";
import type { VendorProfile } from "../src/vendor.js";

// A two-operation document, written the way openapi-typescript would emit it.
interface paths {
  "/v1/things/{id}": {
    get: {
      parameters: { path: { id: string }; query?: { filter?: Record<string, string[]> } };
      responses: {
        200: { content: { "application/json": { thing: { id: string } } } };
        404: { content: { "application/json": { type: string; request_id: string } } };
      };
    };
  };
}

const BASE = "https://api.vendor.test";
const API_KEY = "vk_live_7c1e0b52d4f94a06";
const vendor: VendorProfile = {
  name: "Vendor",
  requestIdHeaders: ["x-vendor-request-id"],
  readError: (body) => {
    const b = body as { errors?: { code?: string; message?: string }[]; request_id?: string };
    return { code: b.errors?.[0]?.code, message: b.errors?.[0]?.message, requestId: b.request_id };
  },
};

function client(options: ClientOptions = {}) {
  return createApiClient<paths>({
    vendor,
    baseUrl: BASE,
    headers: { Authorization: `Bearer ${API_KEY}` },
    secrets: [API_KEY],
    product: "@support/test-client/1.2.3",
    querySerializer: serializeDeepObjectQuery,
    options: { retry: false, ...options },
  });
}

afterEach(() => {
  nock.cleanAll();
});

describe("createApiClient: requests", () => {
  it("sends auth, Accept and a User-Agent led by the caller's token, and returns typed data", async () => {
    const scope = nock(BASE)
      .get("/v1/things/t1")
      .matchHeader("authorization", `Bearer ${API_KEY}`)
      .matchHeader("accept", "application/json")
      .matchHeader("user-agent", /^my-app\/2\.0 @support\/test-client\/1\.2\.3 node\/\d+/)
      .reply(200, { thing: { id: "t1" } });
    const c = client({ userAgent: "my-app/2.0" });
    const data = await c.unwrap(c.GET("/v1/things/{id}", { params: { path: { id: "t1" } } }));
    expectTypeOf(data).toEqualTypeOf<{ thing: { id: string } }>();
    expect(data.thing.id).toBe("t1");
    scope.done();
  });

  it("uses the configured query serializer", async () => {
    const scope = nock(BASE)
      .get("/v1/things/t1")
      .query({ "filter[one_of]": ["a", "b"] })
      .reply(200, { thing: { id: "t1" } });
    const c = client();
    await c.unwrap(
      c.GET("/v1/things/{id}", {
        params: { path: { id: "t1" }, query: { filter: { one_of: ["a", "b"] } } },
      }),
    );
    scope.done();
  });
});

describe("createApiClient: the openapi-fetch client itself", () => {
  it("has GET/POST/PUT/PATCH/DELETE/use directly, unwrap beside them, and nothing else enumerable", () => {
    const c = client();
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "use", "unwrap"] as const) {
      expect(typeof c[method]).toBe("function");
    }
    expect(Object.keys(c)).not.toContain("vendor");
    expect(Object.keys(c)).not.toContain("api");
    expect(Object.keys(c)).toContain("unwrap");
  });

  it("keeps client.api as a deprecated alias of the client", () => {
    const c = client();
    expect(c.api).toBe(c);
  });

  it("runs openapi-fetch middleware registered with use()", async () => {
    const scope = nock(BASE)
      .get("/v1/things/t1")
      .matchHeader("x-trace", "abc")
      .reply(200, { thing: { id: "t1" } });
    const c = client();
    c.use({
      onRequest: ({ request }) => {
        request.headers.set("x-trace", "abc");
        return request;
      },
    });
    await c.unwrap(c.GET("/v1/things/{id}", { params: { path: { id: "t1" } } }));
    scope.done();
  });

  it("holds vendor, base URL and the injected clock beside the client, for helpers", async () => {
    const waits: number[] = [];
    const c = client({ now: () => 42, sleep: async (ms) => void waits.push(ms) });
    const info = clientInfo(c);
    await info.clock.sleep(250);
    expect(info.clock.now()).toBe(42);
    expect(waits).toEqual([250]);
    expect(info).toMatchObject({ baseUrl: BASE, vendor: { name: "Vendor" } });
  });

  it("refuses clientInfo of anything but a client", () => {
    expect(() => clientInfo({})).toThrow(ClientConfigError);
  });
});

describe("createApiClient: unwrap errors", () => {
  it("throws ApiError with status, vendor code, request id, method and URL", async () => {
    const scope = nock(BASE)
      .get("/v1/things/nope")
      .reply(
        404,
        {
          type: "not_found",
          request_id: "body-id",
          errors: [{ code: "not_found", message: "No such thing" }],
        },
        { "X-Vendor-Request-Id": "hdr-id" },
      );
    const c = client();
    const error = await c
      .unwrap(c.GET("/v1/things/{id}", { params: { path: { id: "nope" } } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: "not_found",
      requestId: "hdr-id",
      method: "GET",
      url: `${BASE}/v1/things/nope`,
    });
    expect((error as Error).message).toBe(
      `Vendor GET ${BASE}/v1/things/nope failed with HTTP 404 Not Found: No such thing`,
    );
    scope.done();
  });

  it("falls back to the body's request id and copes with non-JSON error bodies", async () => {
    const scope = nock(BASE)
      .get("/v1/things/a")
      .reply(404, { request_id: "body-id" })
      .get("/v1/things/b")
      .reply(500, "<h1>oops</h1>", { "Content-Type": "text/html" });
    const c = client();
    const get = (id: string) =>
      c.unwrap(c.GET("/v1/things/{id}", { params: { path: { id } } })).catch((e: unknown) => e);
    expect(await get("a")).toMatchObject({ requestId: "body-id", code: undefined });
    expect(await get("b")).toMatchObject({ status: 500, body: "<h1>oops</h1>" });
    scope.done();
  });
});

describe("createApiClient: the credential never appears", () => {
  it("in an HTTP error whose body echoes the Authorization header", async () => {
    const scope = nock(BASE)
      .get("/v1/things/x")
      .query(true)
      .reply(401, {
        errors: [{ code: "bad_auth", message: `rejected Authorization: Bearer ${API_KEY}` }],
      });
    const c = client();
    const error = await c
      .unwrap(c.GET("/v1/things/{id}", { params: { path: { id: "x" } } }))
      .catch((e: unknown) => e);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(API_KEY);
    }
    scope.done();
  });

  it("in a network error or a retry log line", async () => {
    const lines: string[] = [];
    const c = client({
      retry: { maxRetries: 1 },
      sleep: async () => {},
      onRetry: (event) => lines.push(JSON.stringify(event)),
      fetch: async (request) => {
        throw new TypeError(`connect failed while sending ${request.headers.get("authorization")}`);
      },
    });
    const error = await c
      .unwrap(c.GET("/v1/things/{id}", { params: { path: { id: "x" } } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiNetworkError);
    expect(lines).toHaveLength(1);
    for (const text of [
      ...lines,
      String(error),
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
    ]) {
      expect(text).not.toContain(API_KEY);
    }
  });

  it("nor another credential given as redactSecrets, whole, before any pattern could cut it", async () => {
    const OTHER = "zd/T0k+en=77%&q";
    const scope = nock(BASE)
      .get("/v1/things/x")
      .reply(401, { errors: [{ code: "bad", message: `got Bearer ${OTHER} and token:${OTHER}` }] });
    const c = client({ redactSecrets: [OTHER] });
    const error = await c
      .unwrap(c.GET("/v1/things/{id}", { params: { path: { id: "x" } } }))
      .catch((e: unknown) => e);
    const text = inspect(error, { depth: 10 });
    expect(text).toContain("got Bearer [REDACTED] and token:[REDACTED]");
    expect(text).not.toContain("%&q");
    scope.done();
  });

  it("in the client object itself", () => {
    expect(inspect(client(), { depth: 10, showHidden: true })).not.toContain(API_KEY);
  });
});
