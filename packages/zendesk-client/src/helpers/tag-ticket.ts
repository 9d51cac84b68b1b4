import { callInit, requireId } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { requireTags } from "../internal/arguments.js";
import { safeUpdate } from "../internal/safe-update.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions } from "../types.js";

export interface TagTicketOptions extends CallOptions {
  /**
   * The ticket's `updated_at` as last read. When given, Zendesk refuses the update with 409
   * if the ticket changed since, instead of racing another update.
   */
  updatedStamp?: string | undefined;
}

const HELPER = "tagTicket";

/**
 * Adds `tags` to one ticket, keeping its other tags (`PUT /api/v2/tickets/{ticket_id}/tags`),
 * and returns every tag the ticket now has. For many tickets use `tagTickets`.
 */
export async function tagTicket(
  client: ZendeskClient,
  ticketId: number,
  tags: readonly string[],
  options: TagTicketOptions = {},
): Promise<string[]> {
  const ticket_id = requireId(HELPER, "ticketId", ticketId);
  const body = {
    tags: requireTags(HELPER, "tags", tags),
    ...safeUpdate(HELPER, options.updatedStamp),
  };
  return unwrapField(
    client,
    client.PUT("/api/v2/tickets/{ticket_id}/tags", {
      params: { path: { ticket_id } },
      body,
      ...callInit(options),
    }),
    "tags",
  );
}
