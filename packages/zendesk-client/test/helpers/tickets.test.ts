import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  type AddTicketCommentOptions,
  addTicketComment,
  type NewTicketComment,
  showTicket,
  showTickets,
  UnexpectedResponseError,
} from "../../src/index.js";
import {
  apiErrorOf,
  BASE,
  checkNockScopes,
  contract,
  exampleTicket,
  testClient,
  zendeskError,
} from "../support.js";

checkNockScopes();

const ticket = (id: number, subject: string) => ({ ...exampleTicket(id), subject });

describe("showTicket", () => {
  it("GETs /api/v2/tickets/{id} and returns the ticket", async () => {
    nock(BASE)
      .get("/api/v2/tickets/4711")
      .reply(
        200,
        contract.fixture("get", "/api/v2/tickets/{ticket_id}", 200, {
          ticket: ticket(4711, "Checkout fails with a 502"),
        }),
      );
    const found = await showTicket(testClient(), 4711);
    expect(found).toMatchObject({ id: 4711, subject: "Checkout fails with a 502" });
  });

  it("turns Zendesk's 404 into an ApiError with its code and request id", async () => {
    nock(BASE)
      .get("/api/v2/tickets/404")
      .reply(404, ...zendeskError("RecordNotFound", "Not found", "req-404"));
    const error = await apiErrorOf(showTicket(testClient(), 404));
    expect(error).toMatchObject({ status: 404, code: "RecordNotFound", requestId: "req-404" });
  });

  it("reports a 200 without a ticket as an UnexpectedResponseError naming the call", async () => {
    nock(BASE)
      .get("/api/v2/tickets/5")
      .reply(200, contract.fixture("get", "/api/v2/tickets/{ticket_id}", 200, {}), {
        "X-Zendesk-Request-Id": "req-empty",
      });
    const error = await showTicket(testClient(), 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, requestId: "req-empty" });
    expect((error as Error).message).toBe(
      `Zendesk GET ${BASE}/api/v2/tickets/5 returned 200 without "ticket"`,
    );
  });

  it.each([0, -3, 1.5, "4711", Number.NaN])("rejects the id %j before any request", async (id) => {
    await expect(showTicket(testClient(), id as number)).rejects.toThrow(
      /showTicket: "ticketId" must be a positive whole number id/,
    );
  });
});

describe("showTickets", () => {
  it("asks show_many for 100 ids at a time and concatenates the answers", async () => {
    const ids = Array.from({ length: 150 }, (_, i) => 1000 + i);
    const answer = (batch: number[]) =>
      contract.fixture("get", "/api/v2/tickets/show_many", 200, {
        tickets: batch.map((id) => ticket(id, `Ticket ${id}`)),
      });
    nock(BASE)
      .get("/api/v2/tickets/show_many")
      .query({ ids: ids.slice(0, 100).join(",") })
      .reply(200, answer(ids.slice(0, 100)))
      .get("/api/v2/tickets/show_many")
      .query({ ids: ids.slice(100).join(",") })
      .reply(200, answer(ids.slice(100)));
    const found = await showTickets(testClient(), [...ids, 1000]);
    expect(found.map((t) => t.id)).toEqual(ids);
  });

  it("returns only the tickets Zendesk found", async () => {
    nock(BASE)
      .get("/api/v2/tickets/show_many")
      .query({ ids: "1,2" })
      .reply(
        200,
        contract.fixture("get", "/api/v2/tickets/show_many", 200, { tickets: [ticket(2, "Two")] }),
      );
    expect((await showTickets(testClient(), [1, 2])).map((t) => t.id)).toEqual([2]);
  });

  it("surfaces a failed batch as an ApiError", async () => {
    nock(BASE)
      .get("/api/v2/tickets/show_many")
      .query({ ids: "7" })
      .reply(403, ...zendeskError("Forbidden", "You do not have access", "req-403"));
    const error = await apiErrorOf(showTickets(testClient(), [7]));
    expect(error).toMatchObject({ status: 403, code: "Forbidden", requestId: "req-403" });
  });

  it("rejects an empty list", async () => {
    await expect(showTickets(testClient(), [])).rejects.toThrow(
      /"ticketIds" must be a non-empty array/,
    );
  });
});

describe("addTicketComment", () => {
  const updated = contract.fixture("put", "/api/v2/tickets/{ticket_id}", 200, {
    ticket: ticket(4711, "Dashboards do not load"),
    audit: {
      id: 88001,
      ticket_id: 4711,
      author_id: 7002,
      created_at: "2026-03-01T12:30:00Z",
      events: [{ id: 88002, type: "Comment", body: "We are on it." }],
    },
  });

  it("PUTs a public reply as ticket.comment and returns the ticket and its audit", async () => {
    nock(BASE)
      .put("/api/v2/tickets/4711", {
        ticket: { comment: { body: "We are on it.", public: true } },
      })
      .reply(contract.reply("put", "/api/v2/tickets/{ticket_id}", 200, updated));
    const result = await addTicketComment(testClient(), 4711, {
      body: "We are on it.",
      public: true,
    });
    expect(result.ticket.id).toBe(4711);
    expect(result.audit?.events?.[0]).toMatchObject({ type: "Comment" });
  });

  it("sends an internal HTML note with its author, conditional on updated_at", async () => {
    nock(BASE)
      .put("/api/v2/tickets/4711", {
        ticket: {
          comment: { html_body: "<p>Linked to INC-42</p>", public: false, author_id: 7002 },
          updated_stamp: "2026-03-01T12:04:00Z",
          safe_update: true,
        },
      })
      .reply(contract.reply("put", "/api/v2/tickets/{ticket_id}", 200, updated));
    await addTicketComment(
      testClient(),
      4711,
      { htmlBody: "<p>Linked to INC-42</p>", public: false, authorId: 7002 },
      { updatedStamp: "2026-03-01T12:04:00Z" },
    );
  });

  it("turns a refused update into an ApiError", async () => {
    nock(BASE)
      .put("/api/v2/tickets/4711")
      .reply(422, ...zendeskError("RecordInvalid", "Record validation errors", "req-422"));
    const error = await apiErrorOf(
      addTicketComment(testClient(), 4711, { body: "Hello", public: false }),
    );
    expect(error).toMatchObject({ status: 422, code: "RecordInvalid", requestId: "req-422" });
  });

  it("adds tags in the same safe update: the tags as read plus the new ones", async () => {
    nock(BASE)
      .put("/api/v2/tickets/4711", {
        ticket: {
          comment: { body: "Fixed since 13:05 UTC.", public: true },
          tags: ["vip", "incident/42", "incident/42/notified"],
          updated_stamp: "2026-03-01T12:04:00Z",
          safe_update: true,
        },
      })
      .reply(contract.reply("put", "/api/v2/tickets/{ticket_id}", 200, updated));
    await addTicketComment(
      testClient(),
      4711,
      { body: "Fixed since 13:05 UTC.", public: true },
      {
        addTags: ["incident/42", "incident/42/notified"],
        currentTags: ["vip", "incident/42"],
        updatedStamp: "2026-03-01T12:04:00Z",
      },
    );
  });

  it("reports a ticket changed since it was read as a 409 UpdateConflict", async () => {
    nock(BASE)
      .put("/api/v2/tickets/4711")
      .reply(409, ...zendeskError("UpdateConflict", "Ticket was updated since", "req-409"));
    const error = await apiErrorOf(
      addTicketComment(
        testClient(),
        4711,
        { body: "Fixed.", public: true },
        {
          addTags: ["incident/42/notified"],
          currentTags: [],
          updatedStamp: "2026-03-01T12:04:00Z",
        },
      ),
    );
    expect(error).toMatchObject({ status: 409, code: "UpdateConflict", requestId: "req-409" });
  });

  it("requires the tags and stamp as read with addTags, in its type too", async () => {
    // @ts-expect-error addTags without currentTags and updatedStamp would replace every tag
    const unsafe: AddTicketCommentOptions = { addTags: ["incident/42"] };
    await expect(
      addTicketComment(testClient(), 4711, { body: "Fixed.", public: true }, unsafe),
    ).rejects.toThrow(/"addTags" needs "currentTags" and "updatedStamp"/);
  });

  it.each([
    [{ addTags: ["a"], currentTags: ["b"] }, /"addTags" needs "currentTags" and "updatedStamp"/],
    [{ addTags: ["a"], updatedStamp: "2026-03-01T12:04:00Z" }, /"addTags" needs "currentTags"/],
    [
      { addTags: [], currentTags: [], updatedStamp: "2026-03-01T12:04:00Z" },
      /"addTags" must be a non-empty array/,
    ],
    [
      { addTags: ["two words"], currentTags: [], updatedStamp: "x" },
      /"addTags\[0\]" must be a tag without spaces/,
    ],
    [
      { addTags: ["a"], currentTags: "b", updatedStamp: "x" },
      /"currentTags" must be an array of tags/,
    ],
    [{ currentTags: ["b"] }, /"currentTags" is only used with "addTags"/],
  ])("rejects the tag options %j before any request", async (options, message) => {
    await expect(
      addTicketComment(
        testClient(),
        4711,
        { body: "Fixed.", public: true },
        options as unknown as AddTicketCommentOptions,
      ),
    ).rejects.toThrow(message);
  });

  it.each([
    [{ body: "Hi" }, /"comment.public" must be true .* or false/],
    [{ body: "Hi", htmlBody: "<p>Hi</p>", public: true }, /exactly one of "body" and "htmlBody"/],
    [{ public: true }, /exactly one of "body" and "htmlBody"/],
    [{ body: " ", public: true }, /"comment.body" must be a non-empty string/],
  ])("rejects %j before any request", async (comment, message) => {
    await expect(
      addTicketComment(testClient(), 4711, comment as unknown as NewTicketComment),
    ).rejects.toThrow(message);
  });
});
