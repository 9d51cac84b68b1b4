import { callInit, requireId } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, ZendeskTicket } from "../types.js";

/** One ticket by id (`GET /api/v2/tickets/{ticket_id}`). */
export async function showTicket(
  client: ZendeskClient,
  ticketId: number,
  options?: CallOptions,
): Promise<ZendeskTicket> {
  const ticket_id = requireId("showTicket", "ticketId", ticketId);
  return unwrapField(
    client,
    client.GET("/api/v2/tickets/{ticket_id}", {
      params: { path: { ticket_id } },
      ...callInit(options),
    }),
    "ticket",
  );
}
