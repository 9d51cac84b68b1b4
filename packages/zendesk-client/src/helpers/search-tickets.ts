import { paginatePages } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { SearchResultLimitError } from "../errors.js";
import { maxPagesOption, optionalInteger, requireText } from "../internal/arguments.js";
import { signalInit } from "../internal/signal.js";
import { ticketsOf } from "../internal/ticket-results.js";
import type { PageOptions, SearchPage, Ticket } from "../types.js";

/** `/api/v2/search` never serves more than this many results for one query. */
export const SEARCH_RESULT_LIMIT = 1000;

export interface SearchTicketsOptions extends PageOptions {
  /** Results per page, 1–100 (default 100, Zendesk's maximum). */
  perPage?: number | undefined;
  /** Zendesk sorts by relevance unless told otherwise. */
  sortBy?: "created_at" | "updated_at" | "priority" | "status" | "ticket_type" | undefined;
  sortOrder?: "asc" | "desc" | undefined;
}

const HELPER = "searchTickets";

/**
 * Pages of a ticket search over `GET /api/v2/search` (offset pages, following `next_page`).
 * `query` is Zendesk search syntax; `type:ticket` is added unless the query names it. Asking
 * for results past the 1,000th throws `SearchResultLimitError` (use `exportSearchTickets`).
 */
export function searchTicketPages(
  client: ZendeskClient,
  query: string,
  options: SearchTicketsOptions = {},
): AsyncGenerator<SearchPage, void, undefined> {
  const fullQuery = ticketQuery(requireText(HELPER, "query", query));
  const perPage = optionalInteger(HELPER, "perPage", options.perPage, 1, 100) ?? 100;
  return paginatePages({
    fetchPage: (page: number | undefined) =>
      client.unwrap(
        client.api.GET("/api/v2/search", {
          params: {
            query: {
              query: fullQuery,
              per_page: perPage,
              ...(page && { page }),
              ...(options.sortBy && { sort_by: options.sortBy }),
              ...(options.sortOrder && { sort_order: options.sortOrder }),
            },
          },
          ...signalInit(options),
        }),
      ),
    nextCursor: (page, current) => {
      if (!page.next_page) return undefined;
      const next = pageNumberOf(page.next_page) ?? (current ?? 1) + 1;
      if ((next - 1) * perPage >= SEARCH_RESULT_LIMIT) {
        throw new SearchResultLimitError(fullQuery, page.count, SEARCH_RESULT_LIMIT);
      }
      return next;
    },
    items: (page) => page.results ?? [],
    ...maxPagesOption(HELPER, options.maxPages),
  });
}

/** Every ticket a search finds, lazily, page by page (see `searchTicketPages`). */
export function searchTickets(
  client: ZendeskClient,
  query: string,
  options: SearchTicketsOptions = {},
): AsyncGenerator<Ticket, void, undefined> {
  return ticketsOf(searchTicketPages(client, query, options));
}

function ticketQuery(query: string): string {
  const type = /(?:^|\s)type:(\S+)/i.exec(query)?.[1];
  if (type === undefined) return `type:ticket ${query.trim()}`;
  if (type.toLowerCase() !== "ticket") {
    throw new TypeError(
      `${HELPER}: "query" searches type:${type}; ticket searches need type:ticket`,
    );
  }
  return query.trim();
}

function pageNumberOf(url: string): number | undefined {
  try {
    const page = Number(new URL(url).searchParams.get("page"));
    return Number.isInteger(page) && page > 1 ? page : undefined;
  } catch {
    return undefined;
  }
}
