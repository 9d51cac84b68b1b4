import { callInit, invalidArgument, propertiesOf, requireId } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, SideConversation, SideConversationMessage } from "../types.js";

export interface CreateSideConversationOptions extends CallOptions {
  /** Your own string metadata stored on the side conversation (e.g. `{ incident: "INC-42" }`). */
  externalIds?: Record<string, string> | undefined;
}

const HELPER = "createSideConversation";

/**
 * Starts a side conversation on a ticket (`POST /api/v2/tickets/{ticket_id}/side_conversations`,
 * which needs Zendesk's Collaboration add-on) with its first message, and returns it. Recipients
 * in `message.to` are email addresses, users, groups, or Slack / Teams channels, depending on
 * the channels the account has set up. POST is never retried after a network failure or 5xx.
 */
export async function createSideConversation(
  client: ZendeskClient,
  ticketId: number,
  message: SideConversationMessage,
  options: CreateSideConversationOptions = {},
): Promise<SideConversation> {
  const ticket_id = requireId(HELPER, "ticketId", ticketId);
  const given = propertiesOf(message);
  if (!Array.isArray(given.to) || given.to.length === 0) {
    invalidArgument(HELPER, `"message.to" must list at least one recipient`);
  }
  const hasText = [given.body, given.html_body].some((t) => typeof t === "string" && t.trim());
  if (!hasText) {
    invalidArgument(HELPER, `"message" needs a non-empty "body" or "html_body"`);
  }
  return unwrapField(
    client,
    client.POST("/api/v2/tickets/{ticket_id}/side_conversations", {
      params: { path: { ticket_id } },
      body: { message, ...(options.externalIds && { external_ids: options.externalIds }) },
      ...callInit(options),
    }),
    "side_conversation",
  );
}
