import {
  exportSearchTickets,
  listMacros as macros,
  type ZendeskClient,
  type Macro as ZendeskMacro,
  type Organization as ZendeskOrganization,
  type Ticket as ZendeskTicket,
} from "@support/zendesk-client";

export type { ZendeskMacro, ZendeskOrganization, ZendeskTicket };

/** Results per export page: Zendesk's maximum, so 2,000 tickets take two requests. */
export const SEARCH_EXPORT_PAGE_SIZE = 1000;

/** Every ticket matching a search query, through the export endpoint (no 1,000-result cap). */
export async function searchTickets(
  client: ZendeskClient,
  query: string,
): Promise<ZendeskTicket[]> {
  const tickets: ZendeskTicket[] = [];
  for await (const ticket of exportSearchTickets(client, query, {
    pageSize: SEARCH_EXPORT_PAGE_SIZE,
  })) {
    tickets.push(ticket);
  }
  return tickets;
}

/** Every macro, active or not. */
export async function listMacros(client: ZendeskClient): Promise<ZendeskMacro[]> {
  const all: ZendeskMacro[] = [];
  for await (const macro of macros(client)) all.push(macro);
  return all;
}
