import type { PagedList } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { incidentList, type ListIncidentsOptions } from "../incident-list.js";
import type { IncidentIoIncident, IncidentPage } from "../model.js";

export type { ListIncidentsOptions } from "../incident-list.js";

/**
 * Every incident matching the filters, newest first unless `sort_by` says otherwise, from
 * `GET /v2/incidents`; e.g. `{ severity: { one_of: [severityId] }, mode: { one_of: ["standard"] } }`.
 * `for await` walks the incidents; `.pages()` the response pages.
 */
export function listIncidents(
  client: IncidentIoClient,
  options?: ListIncidentsOptions,
): PagedList<IncidentIoIncident, IncidentPage> {
  return incidentList(client, "listIncidents", options);
}

/** @deprecated Use `listIncidents(client, options).pages()`. */
export function listIncidentPages(
  client: IncidentIoClient,
  options?: ListIncidentsOptions,
): AsyncGenerator<IncidentPage, void, undefined> {
  return incidentList(client, "listIncidentPages", options).pages();
}
