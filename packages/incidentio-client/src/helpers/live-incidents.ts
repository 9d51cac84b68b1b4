import type { PagedList } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { incidentList, type ListIncidentsOptions } from "../incident-list.js";
import type { IncidentIoIncident, IncidentPage } from "../model.js";

/** Options of the live-incident list: any filter but the status category, plus list options. */
export type ListLiveIncidentsOptions = Omit<ListIncidentsOptions, "status_category">;

// incident.io's API name for the status category its dashboard shows as "Active".
const live = (options: ListLiveIncidentsOptions | undefined): ListIncidentsOptions => ({
  ...options,
  status_category: { one_of: ["live"] },
});

/**
 * Every incident whose status is in the `live` category, newest first, from
 * `GET /v2/incidents?status_category[one_of]=live`.
 */
export function listLiveIncidents(
  client: IncidentIoClient,
  options?: ListLiveIncidentsOptions,
): PagedList<IncidentIoIncident, IncidentPage> {
  return incidentList(client, "listLiveIncidents", live(options));
}

/** @deprecated Use `listLiveIncidents(client, options).pages()`. */
export function listLiveIncidentPages(
  client: IncidentIoClient,
  options?: ListLiveIncidentsOptions,
): AsyncGenerator<IncidentPage, void, undefined> {
  return incidentList(client, "listLiveIncidentPages", live(options)).pages();
}
