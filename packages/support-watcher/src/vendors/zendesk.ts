import {
  ApiError,
  exportSearchTickets,
  listMacros as macros,
  type ZendeskClient,
  type Macro as ZendeskMacro,
  type Organization as ZendeskOrganization,
  type ZendeskTicket,
} from "@support/zendesk-client";

export type { ZendeskMacro, ZendeskOrganization, ZendeskTicket };

/** An instant as Zendesk's search takes it: ISO-8601 in whole seconds. */
export const searchTime = (ms: number): string =>
  new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Results per export page: Zendesk's maximum, so 2,000 tickets take two requests. */
export const SEARCH_EXPORT_PAGE_SIZE = 1000;

/** Every ticket matching a search query, through the export endpoint (no 1,000-result cap). */
export const searchTickets = (client: ZendeskClient, query: string): Promise<ZendeskTicket[]> =>
  exportSearchTickets(client, query, { pageSize: SEARCH_EXPORT_PAGE_SIZE }).toArray();

/** Every macro, active or not. */
export const listMacros = (client: ZendeskClient): Promise<ZendeskMacro[]> =>
  macros(client).toArray();

/** One macro by id (`GET /api/v2/macros/{macro_id}`); undefined when Zendesk has no such macro. */
export async function showMacro(
  client: ZendeskClient,
  macroId: number,
): Promise<ZendeskMacro | undefined> {
  try {
    const data = await client.unwrap(
      client.GET("/api/v2/macros/{macro_id}", { params: { path: { macro_id: macroId } } }),
    );
    return data?.macro ?? undefined;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** The most recently updated macros (one page, newest first): a new or edited macro is among them. */
export const recentMacros = (client: ZendeskClient, count = 100): Promise<ZendeskMacro[]> =>
  macros(client, {
    sortBy: "updated_at",
    sortOrder: "desc",
    pageSize: count,
    maxPages: 1,
  }).toArray();
