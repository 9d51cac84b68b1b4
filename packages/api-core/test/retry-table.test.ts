// Every row of the retry table in this package's README, for every kind of method: each case
// fails its first attempt in one way and says whether the client must try again.
import { describe, expect, it } from "vitest";
import { ApiNetworkError, ApiTimeoutError } from "../src/errors.js";
import { createFetch, type RetryEvent, retryOnlyBeforeSending } from "../src/fetch.js";
import type { VendorProfile } from "../src/vendor.js";
import { fakeClock } from "./fake-clock.js";

const BASE = "https://api.vendor.test";

type Failure =
  | { status: number; retryAfter?: string }
  | { error: "reset" | "refused" | "dns" | "refuses-retry" }
  | { timeout: true };

/** A transport whose first answer is `failure` and every later one a 200. */
function transport(failure: Failure) {
  let attempts = 0;
  // Held so the signal chain of a pending request is not garbage-collected before it aborts.
  const held: Request[] = [];
  const fetch = (request: Request): Promise<Response> => {
    attempts++;
    held.push(request);
    if (attempts > 1) return Promise.resolve(Response.json({ ok: true }));
    if ("status" in failure) {
      const headers: Record<string, string> = failure.retryAfter
        ? { "retry-after": failure.retryAfter }
        : {};
      return Promise.resolve(Response.json({ error: "x" }, { status: failure.status, headers }));
    }
    if ("timeout" in failure) {
      return new Promise((_resolve, reject) => {
        request.signal.addEventListener("abort", () => reject(request.signal.reason));
      });
    }
    const codes = { reset: "ECONNRESET", refused: "ECONNREFUSED", dns: "ENOTFOUND" } as const;
    if (failure.error === "refuses-retry") {
      return Promise.reject(Object.assign(new Error("contract"), { retryable: false }));
    }
    const cause = Object.assign(new Error(failure.error), { code: codes[failure.error] });
    return Promise.reject(new TypeError("fetch failed", { cause }));
  };
  return { fetch, attempts: () => attempts };
}

async function attemptsFor(
  failure: Failure,
  method: string,
  options: { marked?: boolean; vendor?: VendorProfile; retryNonIdempotent?: boolean } = {},
) {
  const clock = fakeClock();
  const events: RetryEvent[] = [];
  const { fetch, attempts } = transport(failure);
  const client = createFetch({
    vendor: options.vendor ?? { name: "Vendor" },
    ...clock,
    fetch,
    timeoutMs: 10,
    retry: { maxRetries: 1, retryNonIdempotent: options.retryNonIdempotent ?? false },
    onRetry: (event) => events.push(event),
  });
  const headers = options.marked ? retryOnlyBeforeSending().headers : {};
  const body = method === "GET" || method === "HEAD" ? null : "{}";
  const outcome = await client(new Request(`${BASE}/x`, { method, body, headers })).then(
    (response) => response.status,
    (error: unknown) => error,
  );
  return { attempts: attempts(), events, sleeps: clock.sleeps, outcome };
}

const IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];
const NON_IDEMPOTENT = ["POST", "PATCH"];

describe("retry table: rate limiting is retried for every method", () => {
  it.each([...IDEMPOTENT, ...NON_IDEMPOTENT])(
    "429 on %s waits Retry-After, then retries",
    async (method) => {
      const run = await attemptsFor({ status: 429, retryAfter: "2" }, method);
      expect(run.attempts).toBe(2);
      expect(run.sleeps).toEqual([2000]);
      expect(run.events).toMatchObject([{ status: 429, reason: "HTTP 429", delayMs: 2000 }]);
    },
  );

  it("429 on a PUT marked not to repeat once sent is retried too: it was refused unprocessed", async () => {
    expect((await attemptsFor({ status: 429 }, "PUT", { marked: true })).attempts).toBe(2);
  });

  it("a vendor's extra rate-limit status (Statuspage's 420) is retried like 429, for a POST", async () => {
    const vendor = { name: "Statuspage", rateLimitStatuses: [420, 429] };
    expect((await attemptsFor({ status: 420 }, "POST", { vendor })).attempts).toBe(2);
  });

  it("falls back to backoff for a Retry-After that is not a whole number or a future date", async () => {
    for (const retryAfter of ["-5", "12 12", "1.5"]) {
      const run = await attemptsFor({ status: 429, retryAfter }, "GET");
      // Backoff for the first retry: 500 ms less 25 % × random() (0.5).
      expect(run.sleeps, retryAfter).toEqual([438]);
    }
  });
});

describe("retry table: 503", () => {
  it.each(IDEMPOTENT)("503 on %s is retried, honouring Retry-After", async (method) => {
    const run = await attemptsFor({ status: 503, retryAfter: "4" }, method);
    expect(run.attempts).toBe(2);
    expect(run.sleeps).toEqual([4000]);
  });

  it.each(NON_IDEMPOTENT)("503 on %s is not retried", async (method) => {
    expect(await attemptsFor({ status: 503 }, method)).toMatchObject({ attempts: 1, outcome: 503 });
  });

  it("503 on a POST is retried with retryNonIdempotent", async () => {
    const run = await attemptsFor({ status: 503 }, "POST", { retryNonIdempotent: true });
    expect(run.attempts).toBe(2);
  });
});

describe("retry table: 408 and 5xx other than 501/505", () => {
  const statuses = [408, 500, 502, 504, 599];
  it.each(IDEMPOTENT.flatMap((m) => statuses.map((s) => [s, m] as const)))(
    "%i on %s is retried with backoff",
    async (status, method) => {
      const run = await attemptsFor({ status }, method);
      expect(run.attempts).toBe(2);
      expect(run.sleeps).toEqual([438]);
      expect(run.events).toMatchObject([{ status, reason: `HTTP ${status}` }]);
    },
  );

  it.each(NON_IDEMPOTENT.flatMap((m) => statuses.map((s) => [s, m] as const)))(
    "%i on %s is not retried (it may have been applied)",
    async (status, method) => {
      expect(await attemptsFor({ status }, method)).toMatchObject({ attempts: 1, outcome: status });
    },
  );

  it.each(statuses)("%i on a PUT marked not to repeat once sent is not retried", async (status) => {
    const run = await attemptsFor({ status }, "PUT", { marked: true });
    expect(run).toMatchObject({ attempts: 1, outcome: status });
  });

  it.each(statuses)("%i on a POST is retried with retryNonIdempotent", async (status) => {
    const run = await attemptsFor({ status }, "POST", { retryNonIdempotent: true });
    expect(run.attempts).toBe(2);
  });

  it("a marked PUT stays unrepeated even with retryNonIdempotent", async () => {
    const run = await attemptsFor({ status: 500 }, "PUT", {
      marked: true,
      retryNonIdempotent: true,
    });
    expect(run.attempts).toBe(1);
  });
});

describe("retry table: 501 and 505 never succeed on a retry", () => {
  it.each(
    [501, 505].flatMap((s) => [...IDEMPOTENT, ...NON_IDEMPOTENT].map((m) => [s, m] as const)),
  )("%i on %s is returned at once", async (status, method) => {
    expect(await attemptsFor({ status }, method)).toMatchObject({ attempts: 1, outcome: status });
  });
});

describe("retry table: other statuses are returned", () => {
  it.each(
    [400, 401, 403, 404, 409, 422].flatMap((s) =>
      ["GET", "PUT", "POST"].map((m) => [s, m] as const),
    ),
  )("%i on %s is not retried", async (status, method) => {
    expect(await attemptsFor({ status }, method)).toMatchObject({ attempts: 1, outcome: status });
  });
});

describe("retry table: no response", () => {
  it.each(IDEMPOTENT)("a connection reset on %s is retried", async (method) => {
    const run = await attemptsFor({ error: "reset" }, method);
    expect(run.attempts).toBe(2);
    expect(run.events).toMatchObject([{ reason: "network error" }]);
    expect(run.events[0]?.status).toBeUndefined();
  });

  it.each(NON_IDEMPOTENT)("a connection reset on %s is not retried", async (method) => {
    const run = await attemptsFor({ error: "reset" }, method);
    expect(run.attempts).toBe(1);
    expect(run.outcome).toBeInstanceOf(ApiNetworkError);
  });

  it("a connection reset on a marked PUT is not retried", async () => {
    expect((await attemptsFor({ error: "reset" }, "PUT", { marked: true })).attempts).toBe(1);
  });

  it.each([
    ["refused", "POST"],
    ["refused", "PATCH"],
    ["dns", "POST"],
    ["refused", "PUT (marked)"],
  ] as const)(
    "a connection that never opened (%s) is retried for %s: nothing was sent",
    async (error, label) => {
      const [method = "PUT", marked] = label === "PUT (marked)" ? ["PUT", true] : [label, false];
      const run = await attemptsFor({ error }, method, { marked });
      expect(run.attempts).toBe(2);
      expect(run.events).toMatchObject([{ reason: "connection failed" }]);
    },
  );

  it.each(IDEMPOTENT)("a timeout on %s is retried", async (method) => {
    const run = await attemptsFor({ timeout: true }, method);
    expect(run.attempts).toBe(2);
    expect(run.events).toMatchObject([{ reason: "timeout" }]);
  });

  it.each([...NON_IDEMPOTENT, "PUT (marked)"])("a timeout on %s is not retried", async (label) => {
    const [method = "PUT", marked] = label === "PUT (marked)" ? ["PUT", true] : [label, false];
    const run = await attemptsFor({ timeout: true }, method, { marked });
    expect(run.attempts).toBe(1);
    expect(run.outcome).toBeInstanceOf(ApiTimeoutError);
  });

  it("a failure saying retryable: false is never retried, whatever the method", async () => {
    expect((await attemptsFor({ error: "refuses-retry" }, "GET")).attempts).toBe(1);
  });
});

describe("retryOnlyBeforeSending", () => {
  it("never sends its marker header to the server", async () => {
    let seen: Headers | undefined;
    const client = createFetch({
      vendor: { name: "Vendor" },
      ...fakeClock(),
      fetch: async (request) => {
        seen = request.headers;
        return Response.json({});
      },
    });
    await client(
      new Request(`${BASE}/x`, { method: "PUT", body: "{}", ...retryOnlyBeforeSending() }),
    );
    expect([...(seen?.keys() ?? [])]).not.toContain("x-support-retry-mode");
  });
});
