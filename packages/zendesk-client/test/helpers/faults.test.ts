// What the helpers do when Zendesk fails or answers oddly: which writes are repeated, what a job
// entry with an error counts as, and that vendor text quoting the credential is scrubbed.
import { inspect } from "node:util";
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  addTicketComment,
  createZendeskClient,
  exportSearchTickets,
  listMacros,
  searchTickets,
  tagTickets,
  UnexpectedResponseError,
  type ZENDESK_PLAN_RATE_LIMITS,
} from "../../src/index.js";
import { API_TOKEN, BASE, checkNockScopes, exampleTicket, testClient } from "../support.js";

checkNockScopes();

const EMAIL = "watcher@example.com";
const BASIC = Buffer.from(`${EMAIL}/token:${API_TOKEN}`).toString("base64");

const commentReply = {
  ticket: exampleTicket(4711),
  audit: { id: 1, ticket_id: 4711, events: [] },
};

describe("addTicketComment: a comment is never posted twice", () => {
  it("is not retried after a 500 without updatedStamp: Zendesk may have stored it", async () => {
    const scope = nock(BASE).put("/api/v2/tickets/4711").reply(500, { error: "InternalError" });
    const error = await addTicketComment(testClient(), 4711, { body: "Hi", public: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 500 });
    scope.done();
  });

  it("is not retried after a connection reset without updatedStamp", async () => {
    const scope = nock(BASE)
      .put("/api/v2/tickets/4711")
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    await expect(
      addTicketComment(testClient(), 4711, { body: "Hi", public: true }),
    ).rejects.toMatchObject({ name: "ApiNetworkError" });
    scope.done();
  });

  it("is retried when the connection was refused before anything was sent", async () => {
    const scope = nock(BASE)
      .put("/api/v2/tickets/4711")
      .replyWithError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))
      .put("/api/v2/tickets/4711")
      .reply(200, commentReply);
    const result = await addTicketComment(testClient(), 4711, { body: "Hi", public: true });
    expect(result.ticket.id).toBe(4711);
    scope.done();
  });

  it("is retried after a 429, which Zendesk sends before doing anything", async () => {
    const scope = nock(BASE)
      .put("/api/v2/tickets/4711")
      .reply(429, {}, { "Retry-After": "2" })
      .put("/api/v2/tickets/4711")
      .reply(200, commentReply);
    const client = testClient();
    await addTicketComment(client, 4711, { body: "Hi", public: true });
    expect(client.slept).toEqual([2000]);
    scope.done();
  });

  it("is retried after a 500 as a safe update: a repeat of a stored comment is refused with 409", async () => {
    const scope = nock(BASE)
      .put("/api/v2/tickets/4711", (body) => body.ticket.safe_update === true)
      .reply(500, {})
      .put("/api/v2/tickets/4711", (body) => body.ticket.safe_update === true)
      .reply(200, commentReply);
    await addTicketComment(
      testClient(),
      4711,
      { body: "Hi", public: true },
      { updatedStamp: "2026-03-01T12:04:00Z" },
    );
    scope.done();
  });
});

describe("tagTickets: job entries", () => {
  it("counts an entry carrying an error as failed, whatever its success flag says", async () => {
    const results = [
      { id: 1, action: "update", success: true, status: "Updated" },
      { id: 2, action: "update", error: "TicketLocked", details: "closed tickets cannot change" },
      { id: 3, action: "update", success: true, error: "Conflict", details: "changed meanwhile" },
    ];
    nock(BASE)
      .put("/api/v2/tickets/update_many")
      .query({ ids: "1,2,3" })
      .reply(200, { job_status: { id: "j1", status: "completed", results } });
    const result = await tagTickets(testClient(), [1, 2, 3], ["incident/42"]);
    expect(result.updated).toEqual([1]);
    expect(result.failed).toEqual([
      { ticketId: 2, error: "TicketLocked", details: "closed tickets cannot change", jobId: "j1" },
      { ticketId: 3, error: "Conflict", details: "changed meanwhile", jobId: "j1" },
    ]);
  });

  it("scrubs the token and the Basic credential from job error and details", async () => {
    const results = [
      {
        id: 1,
        action: "update",
        success: false,
        error: `Denied for ${API_TOKEN}`,
        details: `Authorization was Basic ${BASIC}; raw ${EMAIL}/token:${API_TOKEN}; url ${encodeURIComponent(API_TOKEN)}`,
      },
    ];
    nock(BASE)
      .put("/api/v2/tickets/update_many")
      .query({ ids: "1" })
      .reply(200, { job_status: { id: "j1", status: "completed", results } });
    const result = await tagTickets(testClient(), [1], ["incident/42"]);
    const text = inspect(result, { depth: 10 });
    expect(text).not.toContain(API_TOKEN);
    expect(text).not.toContain(BASIC);
    expect(result.failed[0]?.details).toContain("[REDACTED]");
  });
});

describe("a 200 without the list a helper reads", () => {
  it.each([
    ["exportSearchTickets", "/api/v2/search/export", () => exportSearchTickets(testClient(), "x")],
    ["searchTickets", "/api/v2/search", () => searchTickets(testClient(), "x")],
    ["listMacros", "/api/v2/macros", () => listMacros(testClient())],
  ] as const)(
    "%s: an empty body is an UnexpectedResponseError naming the call",
    async (_name, path, list) => {
      nock(BASE).get(path).query(true).reply(200, "", { "Content-Type": "application/json" });
      const error = await list()
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(error).toMatchObject({ vendor: "Zendesk", method: "GET", status: 200 });
      expect((error as Error).message).toMatch(
        new RegExp(`^Zendesk GET ${BASE}${path}\\?.* returned 200 without the list`),
      );
    },
  );
});

describe("createZendeskClient: the plan's rate limit", () => {
  const clientFor = (plan?: keyof typeof ZENDESK_PLAN_RATE_LIMITS) => {
    let now = 0;
    const slept: number[] = [];
    const client = createZendeskClient({
      subdomain: "acme",
      auth: { oauthToken: "oauth_token_for_tests_1" },
      ...(plan && { plan }),
      // Answered in-process: hundreds of requests through nock would only measure nock.
      fetch: async () => Response.json({ ticket: exampleTicket(1) }),
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    return { client, slept };
  };

  it("lets the Team plan's 200 requests a minute through at once, then spaces the next", async () => {
    const { client, slept } = clientFor();
    for (let i = 0; i < 201; i++) {
      await client.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: 1 } } });
    }
    // 200 a minute refill one request every 300 ms.
    expect(slept).toEqual([300]);
  });

  it("follows the plan given: Enterprise allows 700 a minute", async () => {
    const { client, slept } = clientFor("enterprise");
    for (let i = 0; i < 701; i++) {
      await client.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: 1 } } });
    }
    expect(slept).toEqual([Math.ceil(60_000 / 700)]);
  });

  it("refuses a plan it does not know", () => {
    expect(() =>
      createZendeskClient({
        subdomain: "acme",
        auth: { oauthToken: "oauth_token_for_tests_1" },
        plan: "gold" as "team",
      }),
    ).toThrow(/option "plan" must be one of team, growth, professional, enterprise/);
  });
});
