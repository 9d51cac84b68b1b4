import nock from "nock";
import { describe, expect, it } from "vitest";
import { getStatuspageIncident, type RetryEvent, updateIncident } from "../src/index.js";
import {
  checkNockScopes,
  contract,
  expectApiError,
  incident,
  ORIGIN,
  PAGE_ID,
  START,
  testClient,
} from "./support.js";

const OPERATION = "/pages/{page_id}/incidents/{incident_id}" as const;
const PATH = `/v1/pages/${PAGE_ID}/incidents/inc000000001`;
const ok = contract.reply("get", OPERATION, 200, incident(1));
const throttled = { message: "Rate limit exceeded" };

checkNockScopes();

describe("client-side rate limit (one request a second per key)", () => {
  it("lets five calls in a row reach Statuspage one second apart", async () => {
    const { client, clock } = testClient();
    const arrivals: number[] = [];
    nock(ORIGIN)
      .get(PATH)
      .times(5)
      .reply(async (request: Request) => {
        arrivals.push(clock.now() - START);
        return ok(request);
      });

    for (let i = 0; i < 5; i++) await getStatuspageIncident(client, "inc000000001");

    expect(arrivals).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it("queues five concurrent calls so each starts a second after the one before", async () => {
    // Time stands still while the five calls queue up, as it does between synchronous calls.
    const { client, clock } = testClient({ now: () => START });
    nock(ORIGIN).get(PATH).times(5).reply(ok);

    await Promise.all([1, 2, 3, 4, 5].map(() => getStatuspageIncident(client, "inc000000001")));

    // All five asked at the same instant; the limiter made them wait 0, 1, 2, 3 and 4 seconds.
    expect(clock.sleeps).toEqual([1000, 2000, 3000, 4000]);
  });

  it("allows a raised limit to be configured for a key Statuspage has granted more", async () => {
    const { client, clock } = testClient({ rateLimit: { requests: 5, perMs: 1000 } });
    nock(ORIGIN).get(PATH).times(5).reply(ok);

    await Promise.all([1, 2, 3, 4, 5].map(() => getStatuspageIncident(client, "inc000000001")));

    expect(clock.sleeps).toEqual([]);
  });
});

describe("Statuspage's rate-limit answers (429 and 420)", () => {
  it("waits the Retry-After seconds of a 429, then returns the retried call's result", async () => {
    const retries: RetryEvent[] = [];
    const { client, clock } = testClient({ onRetry: (event) => retries.push(event) });
    nock(ORIGIN)
      .get(PATH)
      .reply(contract.reply("get", OPERATION, 429, throttled, { "retry-after": "7" }))
      .get(PATH)
      .reply(ok);

    const found = await getStatuspageIncident(client, "inc000000001");

    expect(found.id).toBe("inc000000001");
    expect(clock.sleeps).toEqual([7000]);
    expect(retries).toMatchObject([{ attempt: 1, delayMs: 7000, reason: "HTTP 429", status: 429 }]);
  });

  it("retries an update refused with 420 after the Retry-After date, though PATCH is not idempotent", async () => {
    const { client, clock } = testClient();
    const retryAt = new Date(START + 5000).toUTCString();
    const sent = { incident: { status: "resolved", deliver_notifications: true } };
    nock(ORIGIN)
      .patch(PATH, sent)
      .reply(contract.reply("patch", OPERATION, 420, throttled, { "retry-after": retryAt }))
      .patch(PATH, sent)
      .reply(contract.reply("patch", OPERATION, 200, incident(1, { status: "resolved" })));

    const updated = await updateIncident(client, "inc000000001", {
      status: "resolved",
      deliver_notifications: true,
    });

    expect(updated.status).toBe("resolved");
    expect(clock.sleeps).toEqual([5000]);
  });

  it("gives up after the configured retries with a 429 ApiError", async () => {
    const { client, clock } = testClient({ retry: { maxRetries: 1 } });
    nock(ORIGIN)
      .get(PATH)
      .times(2)
      .reply(
        contract.reply("get", OPERATION, 429, throttled, {
          "retry-after": "2",
          "x-request-id": "req-429b",
        }),
      );

    await expectApiError(getStatuspageIncident(client, "inc000000001"), {
      status: 429,
      requestId: "req-429b",
    });
    expect(clock.sleeps).toEqual([2000]);
  });
});
