import nock from "nock";
import { describe, expect, it } from "vitest";
import { createSideConversation, type SideConversationMessage } from "../../src/index.js";
import {
  apiErrorOf,
  BASE,
  checkNockScopes,
  contract,
  testClient,
  zendeskError,
} from "../support.js";

checkNockScopes();

const PATH = "/api/v2/tickets/{ticket_id}/side_conversations" as const;
const message = {
  subject: "Northwind affected by INC-42",
  body: "Would you like to contact Northwind yourself about the dashboard outage?",
  to: [{ slack_workspace_id: "T0123", slack_channel_id: "C0456" }],
};
const created = contract.fixture("post", PATH, 201, {
  side_conversation: {
    id: "5e1b9f0c-1f1a-4c6e-9a61-2b7f3c1d0e42",
    ticket_id: 4711,
    subject: message.subject,
    state: "open",
    preview_text: message.body,
    participants: [{ slack_workspace_id: "T0123", slack_channel_id: "C0456" }],
    external_ids: { incident: "INC-42" },
    created_at: "2026-03-01T12:20:00Z",
    updated_at: "2026-03-01T12:20:00Z",
  },
});

describe("createSideConversation", () => {
  it("POSTs the first message with external ids and returns the side conversation", async () => {
    nock(BASE)
      .post("/api/v2/tickets/4711/side_conversations", {
        message,
        external_ids: { incident: "INC-42" },
      })
      .reply(contract.reply("post", PATH, 201, created));
    const conversation = await createSideConversation(testClient(), 4711, message, {
      externalIds: { incident: "INC-42" },
    });
    expect(conversation).toMatchObject({ ticket_id: 4711, state: "open" });
  });

  it("turns a refusal (no Collaboration add-on) into an ApiError", async () => {
    nock(BASE)
      .post("/api/v2/tickets/4711/side_conversations")
      .reply(403, ...zendeskError("Forbidden", "Side conversations are not enabled", "req-sc"));
    const error = await apiErrorOf(createSideConversation(testClient(), 4711, message));
    expect(error).toMatchObject({ status: 403, code: "Forbidden", requestId: "req-sc" });
  });

  it("does not resend after a 502, since the first message may have been posted", async () => {
    nock(BASE)
      .post("/api/v2/tickets/4711/side_conversations")
      .reply(502, ...zendeskError("BadGateway", "Bad gateway", "req-502"));
    const error = await apiErrorOf(createSideConversation(testClient(), 4711, message));
    expect(error).toMatchObject({ status: 502, code: "BadGateway" });
  });

  it.each([
    [{ ...message, to: [] }, /"message.to" must list at least one recipient/],
    [{ to: message.to, subject: "No text" }, /needs a non-empty "body" or "html_body"/],
  ])("rejects %j before any request", async (bad, text) => {
    await expect(
      createSideConversation(testClient(), 4711, bad as SideConversationMessage),
    ).rejects.toThrow(text);
  });
});
