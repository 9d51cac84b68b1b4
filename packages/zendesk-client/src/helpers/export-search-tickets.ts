import {
  callInit,
  invalidArgument,
  optionalWholeNumber,
  type PagedList,
  requireText,
} from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { ticketList } from "../internal/ticket-list.js";
import { unwrapList } from "../internal/unwrap-field.js";
import { zendeskNextCursor } from "../next-cursor.js";
import type { PageOptions, SearchExportPage, ZendeskTicket } from "../types.js";

export interface ExportSearchTicketsOptions extends PageOptions {
  /** Results per page, 1–1000 (default 100, the size Zendesk recommends). */
  pageSize?: number | undefined;
}

/**
 * Every ticket a search finds, over `GET /api/v2/search/export` (`filter[type]=ticket`, cursor
 * pages): no 1,000-result limit, results ordered by creation time; `.pages()` yields Zendesk's
 * pages. `query` is Zendesk search syntax without a `type:` term (the endpoint refuses one).
 * Zendesk allows 100 export requests a minute per account and expires a cursor after an hour.
 * A 200 without `results` is an `UnexpectedResponseError`.
 */
export function exportSearchTickets(
  client: ZendeskClient,
  query: string,
  options: ExportSearchTicketsOptions = {},
): PagedList<ZendeskTicket, SearchExportPage> {
  return exportList(client, "exportSearchTickets", query, options);
}

/** @deprecated Use `exportSearchTickets(client, query, options).pages()`. */
export function exportSearchTicketPages(
  client: ZendeskClient,
  query: string,
  options: ExportSearchTicketsOptions = {},
): AsyncGenerator<SearchExportPage, void, undefined> {
  return exportList(client, "exportSearchTicketPages", query, options).pages();
}

/** The export walk; `keep` narrows the tickets further (see `ticketsTaggedIncident`). */
export function exportList(
  client: ZendeskClient,
  helper: string,
  query: string,
  options: ExportSearchTicketsOptions,
  keep: (ticket: ZendeskTicket) => boolean = () => true,
): PagedList<ZendeskTicket, SearchExportPage> {
  const text = requireText(helper, "query", query).trim();
  if (/(?:^|\s)type:/i.test(text)) {
    invalidArgument(
      helper,
      `"query" must not contain a type: term; the export endpoint takes the type from filter[type]=ticket`,
    );
  }
  const pageSize = optionalWholeNumber(helper, "pageSize", options.pageSize, 1, 1000) ?? 100;
  return ticketList<SearchExportPage, string>(
    client,
    helper,
    options,
    {
      path: "/api/v2/search/export",
      fetchPage: (after: string | undefined) =>
        unwrapList(
          client,
          client.GET("/api/v2/search/export", {
            params: {
              query: {
                query: text,
                "filter[type]": "ticket",
                "page[size]": pageSize,
                ...(after && { "page[after]": after }),
              },
            },
            ...callInit(options),
          }),
          "results",
        ),
      nextCursor: zendeskNextCursor,
    },
    keep,
  );
}
