import type { ZendeskClient } from "../client.js";
import { requireIds } from "../internal/arguments.js";
import { showManyInBatches } from "../internal/show-many.js";
import { signalInit } from "../internal/signal.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, Ticket } from "../types.js";

/**
 * Many tickets by id (`GET /api/v2/tickets/show_many`), 100 ids per request. Ids that do not
 * exist (or are not visible to the caller) are simply missing from the result; duplicates are
 * asked for once. Order follows Zendesk's answer, batch by batch.
 */
export async function showTickets(
  client: ZendeskClient,
  ticketIds: readonly number[],
  options?: CallOptions,
): Promise<Ticket[]> {
  const ids = requireIds("showTickets", "ticketIds", ticketIds);
  return showManyInBatches(ids, (batch) =>
    unwrapField(
      client,
      client.api.GET("/api/v2/tickets/show_many", {
        params: { query: { ids: batch } },
        ...signalInit(options),
      }),
      "tickets",
    ),
  );
}
