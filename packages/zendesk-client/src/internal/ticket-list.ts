import { endpointOf, listOf, maxPagesOption, type PagedList } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import type { PageOptions, SearchExportPage, SearchPage, ZendeskTicket } from "../types.js";
import { asTicket } from "./ticket-results.js";

/** How one search endpoint fetches a page and finds the next. */
export interface TicketSearch<Page, Cursor> {
  path: "/api/v2/search" | "/api/v2/search/export";
  fetchPage(cursor: Cursor | undefined): Promise<Page>;
  nextCursor(page: Page, cursor: Cursor | undefined): Cursor | undefined;
}

/**
 * The tickets of a search endpoint's pages as a `PagedList`: results of another type are
 * skipped, and `keep` narrows the tickets further; the walk still ends only on a page with no
 * results at all.
 */
export function ticketList<Page extends SearchPage | SearchExportPage, Cursor>(
  client: ZendeskClient,
  helper: string,
  options: PageOptions,
  search: TicketSearch<Page, Cursor>,
  keep: (ticket: ZendeskTicket) => boolean = () => true,
): PagedList<ZendeskTicket, Page> {
  const limit = maxPagesOption(helper, options.maxPages);
  const endpoint = endpointOf(client, search.path);
  return listOf(
    () => ({
      fetchPage: search.fetchPage,
      nextCursor: search.nextCursor,
      items: (page: Page) => page.results ?? [],
      endpoint,
      ...limit,
    }),
    {
      select: (result) => {
        const ticket = asTicket(result);
        return ticket && keep(ticket) ? ticket : undefined;
      },
    },
  );
}
