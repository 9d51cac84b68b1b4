import nock from "nock";
import { describe, expect, it } from "vitest";
import {
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
      /showTicket: "ticketId" must be a positive integer id/,
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
