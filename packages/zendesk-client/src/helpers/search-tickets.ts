import {
  callInit,
  clientInfo,
  invalidArgument,
  optionalWholeNumber,
  type PagedList,
  requireText,
} from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { SearchResultLimitError } from "../errors.js";
import { ticketList } from "../internal/ticket-list.js";
import { unwrapList } from "../internal/unwrap-field.js";
import type { PageOptions, SearchPage, ZendeskTicket } from "../types.js";

/** `/api/v2/search` never serves more than this many results for one query. */
export const SEARCH_RESULT_LIMIT = 1000;

export interface SearchTicketsOptions extends PageOptions {
  /** Results per page, 1–100 (default 100, Zendesk's maximum). */
  perPage?: number | undefined;
  /** Zendesk sorts by relevance unless told otherwise. */
  sortBy?: "created_at" | "updated_at" | "priority" | "status" | "ticket_type" | undefined;
  sortOrder?: "asc" | "desc" | undefined;
}

/**
 * Every ticket a search finds, over `GET /api/v2/search` (offset pages, following `next_page`);
 * `.pages()` yields Zendesk's pages. `query` is Zendesk search syntax; `type:ticket` is added
 * unless the query names it. Asking for results past the 1,000th throws
 * `SearchResultLimitError` (use `exportSearchTickets`).
 */
export function searchTickets(
  client: ZendeskClient,
  query: string,
  options: SearchTicketsOptions = {},
): PagedList<ZendeskTicket, SearchPage> {
  return searchList(client, "searchTickets", query, options);
}

/** @deprecated Use `searchTickets(client, query, options).pages()`. */
export function searchTicketPages(
  client: ZendeskClient,
  query: string,
  options: SearchTicketsOptions = {},
): AsyncGenerator<SearchPage, void, undefined> {
  return searchList(client, "searchTicketPages", query, options).pages();
}

function searchList(
  client: ZendeskClient,
  helper: string,
  query: string,
  options: SearchTicketsOptions,
): PagedList<ZendeskTicket, SearchPage> {
  const fullQuery = ticketQuery(helper, requireText(helper, "query", query));
  const perPage = optionalWholeNumber(helper, "perPage", options.perPage, 1, 100) ?? 100;
  return ticketList<SearchPage, number>(client, helper, options, {
    path: "/api/v2/search",
    fetchPage: (page: number | undefined) =>
      unwrapList(
        client,
        client.GET("/api/v2/search", {
          params: {
            query: {
              query: fullQuery,
              per_page: perPage,
              ...(page && { page }),
              ...(options.sortBy && { sort_by: options.sortBy }),
              ...(options.sortOrder && { sort_order: options.sortOrder }),
            },
          },
          ...callInit(options),
        }),
        "results",
      ),
    nextCursor: (page: SearchPage, current: number | undefined) => {
      if (!page.next_page) return undefined;
      const next = pageNumberOf(page.next_page) ?? (current ?? 1) + 1;
      if ((next - 1) * perPage >= SEARCH_RESULT_LIMIT) {
        const { baseUrl, redactor } = clientInfo(client);
        throw new SearchResultLimitError(fullQuery, page.count, SEARCH_RESULT_LIMIT, {
          baseUrl,
          redactor,
        });
      }
      return next;
    },
  });
}

function ticketQuery(helper: string, query: string): string {
  const type = /(?:^|\s)type:(\S+)/i.exec(query)?.[1];
  if (type === undefined) return `type:ticket ${query.trim()}`;
  if (type.toLowerCase() !== "ticket") {
    invalidArgument(helper, `"query" searches type:${type}; ticket searches need type:ticket`);
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
