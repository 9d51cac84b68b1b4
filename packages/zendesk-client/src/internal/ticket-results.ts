import type { SearchExportPage, SearchPage, ZendeskTicket } from "../types.js";

type SearchResult = NonNullable<(SearchPage | SearchExportPage)["results"]>[number];

/**
 * A search result as a ticket, or `undefined` when it says it is something else: ticket
 * searches only return tickets, and anything else is skipped rather than passed off as one.
 */
export function asTicket(result: SearchResult): ZendeskTicket | undefined {
  return result.result_type === undefined || result.result_type === "ticket"
    ? (result as ZendeskTicket)
    : undefined;
}
