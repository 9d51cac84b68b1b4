import type { ZendeskClient } from "../client.js";
import { incidentTag } from "../incident-tag.js";
import type { Ticket } from "../types.js";
import { type ExportSearchTicketsOptions, exportSearchTickets } from "./export-search-tickets.js";

export interface TicketsTaggedIncidentOptions extends ExportSearchTicketsOptions {
  /** More search terms, e.g. `status<solved` to leave out solved and closed tickets. */
  query?: string | undefined;
}

/**
 * Every ticket tagged `incident/<n>`, found with the export search (an incident can gather more
 * than the 1,000 tickets `/api/v2/search` serves). Search matches word prefixes, so only
 * tickets carrying exactly that tag are yielded (`incident/4` never yields `incident/42`).
 * Newly tagged tickets take a few minutes to reach Zendesk's search index.
 */
export function ticketsTaggedIncident(
  client: ZendeskClient,
  incident: number | string,
  options: TicketsTaggedIncidentOptions = {},
): AsyncGenerator<Ticket, void, undefined> {
  const tag = incidentTag(incident);
  const { query, ...exportOptions } = options;
  const terms = [`tags:${tag}`, query?.trim()].filter(Boolean).join(" ");
  return carrying(tag, exportSearchTickets(client, terms, exportOptions));
}

async function* carrying(
  tag: string,
  tickets: AsyncIterable<Ticket>,
): AsyncGenerator<Ticket, void, undefined> {
  for await (const ticket of tickets) if (ticket.tags?.includes(tag)) yield ticket;
}
