import type { PagedList } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { zendeskIncidentTag } from "../incident-tag.js";
import type { SearchExportPage, ZendeskTicket } from "../types.js";
import { type ExportSearchTicketsOptions, exportList } from "./export-search-tickets.js";

export interface TicketsTaggedIncidentOptions extends ExportSearchTicketsOptions {
  /** More search terms, e.g. `status<solved` to leave out solved and closed tickets. */
  query?: string | undefined;
}

/**
 * Every ticket tagged `incident/<n>`, found with the export search (an incident can gather more
 * than the 1,000 tickets `/api/v2/search` serves). Search matches word prefixes, so only
 * tickets carrying exactly that tag are yielded (`incident/4` never yields `incident/42`);
 * `.pages()` yields the export pages unfiltered. Newly tagged tickets take a few minutes to
 * reach Zendesk's search index.
 */
export function ticketsTaggedIncident(
  client: ZendeskClient,
  incident: number | string,
  options: TicketsTaggedIncidentOptions = {},
): PagedList<ZendeskTicket, SearchExportPage> {
  const tag = zendeskIncidentTag(incident);
  const { query, ...exportOptions } = options;
  const terms = [`tags:${tag}`, query?.trim()].filter(Boolean).join(" ");
  return exportList(client, "ticketsTaggedIncident", terms, exportOptions, (ticket) =>
    Boolean(ticket.tags?.includes(tag)),
  );
}
