import { loadContract } from "@support/openapi-tools";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "../src/generated/schema.js";
import { ApiError, ClientConfigError, createZendeskClient } from "../src/index.js";

const contract = await loadContract<paths>(new URL("../openapi/manifest.json", import.meta.url));
const EMAIL = "agent@example.com";
const API_TOKEN = "zd_token_1c7e5a93b2f8";
const BASE = "https://acme.zendesk.com";

const ticket = contract.fixture("get", "/api/v2/tickets/{ticket_id}", 200, {
  ticket: {
    id: 4711,
    subject: "Checkout fails with a 502",
    status: "open",
    tags: ["checkout", "incident/42"],
    created_at: "2026-03-01T11:58:00Z",
  },
});

afterEach(() => {
  nock.cleanAll();
});

describe("createZendeskClient: authentication and base URL", () => {
  it("sends email/token Basic auth to https://<subdomain>.zendesk.com", async () => {
    const basic = Buffer.from(`${EMAIL}/token:${API_TOKEN}`).toString("base64");
    const scope = nock(BASE)
      .get("/api/v2/tickets/4711")
      .matchHeader("authorization", `Basic ${basic}`)
      .reply(200, ticket);
    const client = createZendeskClient({
      subdomain: "acme",
      auth: { email: EMAIL, apiToken: API_TOKEN },
    });
    const data = await client.unwrap(
      client.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: 4711 } } }),
    );
    expect(data.ticket?.tags).toContain("incident/42");
    scope.done();
  });

  it("sends an OAuth token as Bearer to a custom baseUrl", async () => {
    const scope = nock("https://support.example.test")
      .get("/api/v2/tickets/4711")
      .matchHeader("authorization", "Bearer oauth-abc-123456")
      .reply(200, ticket);
    const client = createZendeskClient({
      baseUrl: "https://support.example.test",
      auth: { oauthToken: "oauth-abc-123456" },
    });
    await client.unwrap(
      client.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: 4711 } } }),
    );
    scope.done();
  });

  it.each([
    [
      { subdomain: "acme.zendesk.com", auth: { oauthToken: "t0ken-xyz" } },
      /must be the account's subdomain only/,
    ],
    [
      { subdomain: "acme", baseUrl: "https://x.test", auth: { oauthToken: "t0ken-xyz" } },
      /either "subdomain".*or "baseUrl"/,
    ],
    [{ subdomain: "acme", auth: { email: EMAIL } }, /"auth.apiToken" must be a non-empty string/],
    [{ subdomain: "acme", auth: {} }, /"auth" must be \{ email, apiToken \} or \{ oauthToken \}/],
  ])("rejects %j with a message naming the option", (options, message) => {
    expect(() => createZendeskClient(options as never)).toThrow(ClientConfigError);
    expect(() => createZendeskClient(options as never)).toThrow(message);
  });
});

describe("createZendeskClient: the overlaid document", () => {
  const client = () =>
    createZendeskClient({ subdomain: "acme", auth: { email: EMAIL, apiToken: API_TOKEN } });

  it("types and validates the side-conversation call the vendor document lacks", async () => {
    const created = {
      side_conversation: {
        id: "8566255a-ece5-11e8-857d-493066fa7b17",
        ticket_id: 4711,
        state: "open" as const,
      },
    };
    const scope = nock(BASE)
      .post("/api/v2/tickets/4711/side_conversations")
      .reply(
        contract.reply("post", "/api/v2/tickets/{ticket_id}/side_conversations", 201, created),
      );
    const data = await client().unwrap(
      client().POST("/api/v2/tickets/{ticket_id}/side_conversations", {
        params: { path: { ticket_id: 4711 } },
        body: {
          message: {
            subject: "Checkout outage",
            body: "Can you confirm?",
            to: [{ email: "tam@example.com" }],
          },
        },
      }),
    );
    expect(data.side_conversation.state).toBe("open");
    scope.done();
  });

  it("reads Zendesk's error body into a typed error", async () => {
    const scope = nock(BASE)
      .get("/api/v2/tickets/1")
      .reply(
        404,
        { error: "RecordNotFound", description: "Not found" },
        { "X-Zendesk-Request-Id": "zd-req-1" },
      );
    const error = await client()
      .unwrap(client().GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: 1 } } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: "RecordNotFound", requestId: "zd-req-1" });
    expect((error as Error).message).toContain("HTTP 404 Not Found: Not found");
    expect(JSON.stringify(error)).not.toContain(API_TOKEN);
    scope.done();
  });
});
