import { callInit, requireIds } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { showManyInBatches } from "../internal/show-many.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, ZendeskTicket } from "../types.js";

/**
 * Many tickets by id (`GET /api/v2/tickets/show_many`), 100 ids per request. Ids that do not
 * exist (or are not visible to the caller) are simply missing from the result; duplicates are
 * asked for once. Order follows Zendesk's answer, batch by batch.
 */
export async function showTickets(
  client: ZendeskClient,
  ticketIds: readonly number[],
  options?: CallOptions,
): Promise<ZendeskTicket[]> {
  const ids = requireIds("showTickets", "ticketIds", ticketIds);
  return showManyInBatches(ids, (batch) =>
    unwrapField(
      client,
      client.GET("/api/v2/tickets/show_many", {
        params: { query: { ids: batch } },
        ...callInit(options),
      }),
      "tickets",
    ),
  );
}
