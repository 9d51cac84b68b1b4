import { paginatePages, zendeskNextCursor } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { maxPagesOption, optionalInteger, requireText } from "../internal/arguments.js";
import { signalInit } from "../internal/signal.js";
import { ticketsOf } from "../internal/ticket-results.js";
import type { PageOptions, SearchExportPage, Ticket } from "../types.js";

export interface ExportSearchTicketsOptions extends PageOptions {
  /** Results per page, 1–1000 (default 100, the size Zendesk recommends). */
  pageSize?: number | undefined;
}

const HELPER = "exportSearchTickets";

/**
 * Pages of a ticket search over `GET /api/v2/search/export` (`filter[type]=ticket`, cursor
 * pages): no 1,000-result limit, results ordered by creation time. `query` is Zendesk search
 * syntax without a `type:` term (the endpoint refuses one). Zendesk allows 100 export requests
 * a minute per account and expires a cursor after an hour.
 */
export function exportSearchTicketPages(
  client: ZendeskClient,
  query: string,
  options: ExportSearchTicketsOptions = {},
): AsyncGenerator<SearchExportPage, void, undefined> {
  const text = requireText(HELPER, "query", query).trim();
  if (/(?:^|\s)type:/i.test(text)) {
    throw new TypeError(
      `${HELPER}: "query" must not contain a type: term; the export endpoint takes the type from filter[type]=ticket`,
    );
  }
  const pageSize = optionalInteger(HELPER, "pageSize", options.pageSize, 1, 1000) ?? 100;
  return paginatePages({
    fetchPage: (after: string | undefined) =>
      client.unwrap(
        client.api.GET("/api/v2/search/export", {
          params: {
            query: {
              query: text,
              "filter[type]": "ticket",
              "page[size]": pageSize,
              ...(after && { "page[after]": after }),
            },
          },
          ...signalInit(options),
        }),
      ),
    nextCursor: zendeskNextCursor,
    items: (page) => page.results ?? [],
    ...maxPagesOption(HELPER, options.maxPages),
  });
}

/** Every ticket an export search finds, lazily, page by page (see `exportSearchTicketPages`). */
export function exportSearchTickets(
  client: ZendeskClient,
  query: string,
  options: ExportSearchTicketsOptions = {},
): AsyncGenerator<Ticket, void, undefined> {
  return ticketsOf(exportSearchTicketPages(client, query, options));
}
