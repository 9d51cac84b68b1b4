import type { SearchExportPage, SearchPage, Ticket } from "../types.js";

/**
 * The tickets among a search page's results. Ticket searches only return tickets; a result that
 * says it is something else is skipped rather than passed off as a ticket.
 */
export function ticketResults(page: SearchPage | SearchExportPage): Ticket[] {
  return (page.results ?? []).filter(
    (result) => result.result_type === undefined || result.result_type === "ticket",
  ) as Ticket[];
}

/** The tickets of each page in turn, fetching a page only when the previous one is used up. */
export async function* ticketsOf(
  pages: AsyncIterable<SearchPage | SearchExportPage>,
): AsyncGenerator<Ticket, void, undefined> {
  for await (const page of pages) yield* ticketResults(page);
}
