import type { ZendeskClient } from "../client.js";
import { requireId } from "../internal/arguments.js";
import { signalInit } from "../internal/signal.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, Ticket } from "../types.js";

/** One ticket by id (`GET /api/v2/tickets/{ticket_id}`). */
export async function showTicket(
  client: ZendeskClient,
  ticketId: number,
  options?: CallOptions,
): Promise<Ticket> {
  const ticket_id = requireId("showTicket", "ticketId", ticketId);
  return unwrapField(
    client,
    client.api.GET("/api/v2/tickets/{ticket_id}", {
      params: { path: { ticket_id } },
      ...signalInit(options),
    }),
    "ticket",
  );
}
