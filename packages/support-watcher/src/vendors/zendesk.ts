import {
  exportSearchTickets,
  listMacros as macros,
  type ZendeskClient,
  type Macro as ZendeskMacro,
  type Organization as ZendeskOrganization,
  type ZendeskTicket,
} from "@support/zendesk-client";

export type { ZendeskMacro, ZendeskOrganization, ZendeskTicket };

/** Results per export page: Zendesk's maximum, so 2,000 tickets take two requests. */
export const SEARCH_EXPORT_PAGE_SIZE = 1000;

/** Every ticket matching a search query, through the export endpoint (no 1,000-result cap). */
export const searchTickets = (client: ZendeskClient, query: string): Promise<ZendeskTicket[]> =>
  exportSearchTickets(client, query, { pageSize: SEARCH_EXPORT_PAGE_SIZE }).toArray();

/** Every macro, active or not. */
export const listMacros = (client: ZendeskClient): Promise<ZendeskMacro[]> =>
  macros(client).toArray();
