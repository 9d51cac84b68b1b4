import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { ApiNetworkError, ApiTimeoutError, UnexpectedResponseError } from "../src/errors.js";
import { createFetch, type FetchOptions, type RetryEvent } from "../src/fetch.js";
import { originOf } from "../src/origin.js";
import { fakeClock } from "./fake-clock.js";

const BASE = "https://api.vendor.test";
const vendor = { name: "Vendor" };

function setup(options: Partial<FetchOptions> = {}) {
  const clock = fakeClock();
  const events: RetryEvent[] = [];
  const fetch = createFetch({
    vendor,
    ...clock,
    onRetry: (event) => events.push(event),
    ...options,
  });
  const call = (method: string, path: string, init: RequestInit = {}) =>
    fetch(new Request(`${BASE}${path}`, { method, ...init }));
  return { clock, events, fetch, call };
}

afterEach(() => {
  nock.cleanAll();
});

describe("createFetch: retries on 429 and 503", () => {
  it("honours Retry-After in seconds on 429, for a POST too", async () => {
    const scope = nock(BASE)
      .post("/things")
      .reply(429, { error: "slow down" }, { "Retry-After": "3" })
      .post("/things")
      .reply(201, { id: 1 });
    const { call, clock, events } = setup();
    const response = await call("POST", "/things", { body: "{}" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 1 });
    expect(clock.sleeps).toEqual([3000]);
    expect(events).toMatchObject([{ attempt: 1, delayMs: 3000, reason: "HTTP 429", status: 429 }]);
    scope.done();
  });

  it("honours Retry-After as an HTTP-date on 503", async () => {
    const scope = nock(BASE)
      .get("/x")
      .reply(503, "", { "Retry-After": "Sun, 01 Mar 2026 12:00:10 GMT" })
      .get("/x")
      .reply(200, {});
    const { call, clock } = setup();
    expect((await call("GET", "/x")).status).toBe(200);
    expect(clock.sleeps).toEqual([10_000]);
    scope.done();
  });

  it("caps a long Retry-After at maxRetryAfterMs", async () => {
    const scope = nock(BASE)
      .get("/x")
      .reply(429, "", { "Retry-After": "3600" })
      .get("/x")
      .reply(200, {});
    const { call, clock } = setup({ retry: { maxRetryAfterMs: 5000 } });
    await call("GET", "/x");
    expect(clock.sleeps).toEqual([5000]);
    scope.done();
  });

  it("treats a vendor's extra rate-limit statuses like 429", async () => {
    const scope = nock(BASE).post("/x").reply(420).post("/x").reply(200, {});
    const { call } = setup({ vendor: { name: "Statuspage", rateLimitStatuses: [420, 429] } });
    expect((await call("POST", "/x", { body: "{}" })).status).toBe(200);
    scope.done();
  });

  it("does not retry a POST on 503", async () => {
    const scope = nock(BASE).post("/x").reply(503, { error: "down" });
    const { call, clock } = setup();
    expect((await call("POST", "/x", { body: "{}" })).status).toBe(503);
    expect(clock.sleeps).toEqual([]);
    scope.done();
  });
});

describe("createFetch: backoff on other failures", () => {
  it("retries 5xx on idempotent methods with exponential, jittered, capped backoff", async () => {
    const scope = nock(BASE).put("/x").times(4).reply(500).put("/x").reply(200, {});
    const { call, clock, events } = setup({
      retry: { maxRetries: 4, initialDelayMs: 100, maxDelayMs: 500 },
    });
    expect((await call("PUT", "/x", { body: "{}" })).status).toBe(200);
    // random() = 0.5 → 87.5% of 100, 200, 400, then the 500 cap.
    expect(clock.sleeps).toEqual([88, 175, 350, 438]);
    expect(events.map((e) => e.attempt)).toEqual([1, 2, 3, 4]);
    scope.done();
  });

  it("returns the last error response once retries are used up", async () => {
    const scope = nock(BASE).get("/x").times(3).reply(502, { error: "bad gateway" });
    const { call, clock } = setup({ retry: { maxRetries: 2 } });
    const response = await call("GET", "/x");
    expect(response.status).toBe(502);
    expect(clock.sleeps).toHaveLength(2);
    scope.done();
  });

  it("never retries 4xx other than rate limiting, nor 501", async () => {
    const scope = nock(BASE).get("/a").reply(404, {}).get("/b").reply(501, {});
    const { call, clock } = setup();
    expect((await call("GET", "/a")).status).toBe(404);
    expect((await call("GET", "/b")).status).toBe(501);
    expect(clock.sleeps).toEqual([]);
    scope.done();
  });

  it("retries network errors for GET and then throws a typed, named error", async () => {
    const scope = nock(BASE).get("/x").times(2).replyWithError("socket hang up");
    const { call } = setup({ retry: { maxRetries: 1 } });
    const error = await call("GET", "/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiNetworkError);
    expect(error).toMatchObject({ method: "GET", url: `${BASE}/x`, vendor: "Vendor" });
    expect((error as Error).message).toContain("Vendor GET https://api.vendor.test/x failed");
    scope.done();
  });

  it("does not retry a PATCH after a network error unless told to", async () => {
    const once = nock(BASE).patch("/x").replyWithError("reset");
    await expect(setup().call("PATCH", "/x", { body: "{}" })).rejects.toBeInstanceOf(
      ApiNetworkError,
    );
    once.done();

    const twice = nock(BASE).patch("/x").replyWithError("reset").patch("/x").reply(200, {});
    const told = setup({ retry: { retryNonIdempotent: true } });
    expect((await told.call("PATCH", "/x", { body: "{}" })).status).toBe(200);
    twice.done();
  });

  it("does not retry a failure whose cause says retryable: false", async () => {
    const refusal = Object.assign(new Error("request body breaks the contract"), {
      retryable: false,
    });
    const scope = nock(BASE).put("/x").replyWithError(refusal);
    const error = await setup()
      .call("PUT", "/x", { body: "{}" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiNetworkError);
    expect((error as Error).message).toContain("request body breaks the contract");
    scope.done();
  });

  it("sends the same body on every attempt", async () => {
    const bodies: string[] = [];
    const scope = nock(BASE)
      .put("/x")
      .times(2)
      .reply(async (request: Request) => {
        bodies.push(await request.text());
        return bodies.length === 1 ? [500] : [200, {}];
      });
    await setup().call("PUT", "/x", { body: '{"a":1}' });
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);
    scope.done();
  });

  it("stops waiting and rethrows when the caller aborts during a backoff", async () => {
    const scope = nock(BASE).get("/x").reply(500);
    const controller = new AbortController();
    const { call } = setup({
      sleep: async (_ms, signal) => {
        controller.abort(new Error("caller gave up"));
        signal?.throwIfAborted();
      },
    });
    await expect(call("GET", "/x", { signal: controller.signal })).rejects.toThrow(
      "caller gave up",
    );
    scope.done();
  });
});

describe("createFetch: timeouts", () => {
  // Stands in for a server that never answers: settles only when the request is aborted.
  const neverAnswers = (request: Request) =>
    new Promise<Response>((_resolve, reject) => {
      request.signal.addEventListener("abort", () => reject(request.signal.reason));
    });
  // Sends headers at once, then stalls the JSON body until the request is aborted.
  const stallsBody = (request: Request) => {
    const body = new ReadableStream({
      start(controller) {
        request.signal.addEventListener("abort", () => controller.error(request.signal.reason));
      },
    });
    return Promise.resolve(new Response(body, { headers: { "Content-Type": "application/json" } }));
  };

  it("aborts a silent attempt and throws ApiTimeoutError when out of retries", async () => {
    const { call } = setup({ fetch: neverAnswers, timeoutMs: 20, retry: false });
    const error = await call("GET", "/slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20, method: "GET" });
    expect((error as Error).message).toBe(`Vendor GET ${BASE}/slow timed out after 20 ms`);
  });

  it("counts a stalled JSON body against the timeout and retries the GET", async () => {
    let attempts = 0;
    const { call, events } = setup({
      timeoutMs: 20,
      fetch: (request) =>
        ++attempts === 1 ? stallsBody(request) : Promise.resolve(Response.json({ ok: 1 })),
    });
    expect(await (await call("GET", "/slow")).json()).toEqual({ ok: 1 });
    expect(events.map((e) => e.reason)).toEqual(["timeout"]);
  });

  it("does not retry a timed-out POST", async () => {
    let attempts = 0;
    const { call } = setup({
      timeoutMs: 20,
      fetch: (request) => {
        attempts++;
        return neverAnswers(request);
      },
    });
    await expect(call("POST", "/x", { body: "{}" })).rejects.toBeInstanceOf(ApiTimeoutError);
    expect(attempts).toBe(1);
  });
});

describe("createFetch: response bodies", () => {
  it("throws UnexpectedResponseError for malformed JSON on a success status", async () => {
    const scope = nock(BASE)
      .get("/x")
      .reply(200, '{"incident": {', { "Content-Type": "application/json", "X-Request-Id": "r-9" });
    const error = await setup()
      .call("GET", "/x")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, requestId: "r-9", body: '{"incident": {' });
    expect((error as Error).message).toContain("a body that is not valid JSON");
    scope.done();
  });

  it("throws UnexpectedResponseError for an HTML page when only JSON was accepted", async () => {
    const scope = nock(BASE)
      .get("/x")
      .reply(200, "<html>maintenance</html>", { "Content-Type": "text/html" });
    const error = await setup()
      .call("GET", "/x", { headers: { Accept: "application/json" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain("a text/html body where JSON was expected");
    scope.done();
  });

  it("passes other bodies through untouched and leaves the body readable", async () => {
    const scope = nock(BASE)
      .get("/file")
      .reply(200, "plain", { "Content-Type": "text/plain" })
      .get("/json")
      .reply(200, { a: 1 });
    const { call } = setup();
    expect(await (await call("GET", "/file")).text()).toBe("plain");
    expect(await (await call("GET", "/json")).json()).toEqual({ a: 1 });
    scope.done();
  });
});

describe("createFetch: headers, throttling and bookkeeping", () => {
  it("sets User-Agent unless the request has one", async () => {
    const scope = nock(BASE)
      .get("/a")
      .matchHeader("user-agent", "tool/1.0")
      .reply(200, {})
      .get("/b")
      .matchHeader("user-agent", "custom")
      .reply(200, {});
    const { call } = setup({ userAgent: "tool/1.0" });
    await call("GET", "/a");
    await call("GET", "/b", { headers: { "User-Agent": "custom" } });
    scope.done();
  });

  it("throttles with the rate limiter so a burst is spaced out", async () => {
    const scope = nock(BASE).get("/x").times(3).reply(200, {});
    const { call, clock } = setup({ rateLimit: { requests: 1, perMs: 1000 } });
    await Promise.all([call("GET", "/x"), call("GET", "/x"), call("GET", "/x")]);
    expect(clock.sleeps).toEqual([1000, 1000]);
    scope.done();
  });

  it("remembers which request a response answers, with the URL redacted", async () => {
    const scope = nock(BASE).get("/x").query(true).reply(404, {});
    const response = await setup().call("GET", "/x?api_key=abc123");
    expect(originOf(response)).toEqual({ method: "GET", url: `${BASE}/x?api_key=[REDACTED]` });
    scope.done();
  });
});
