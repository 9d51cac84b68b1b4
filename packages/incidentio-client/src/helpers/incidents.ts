import type { IncidentIoClient } from "../client.js";
import { incidentList, type ListIncidentsOptions } from "../incident-list.js";
import type { Incident, IncidentPage } from "../model.js";

export type { ListIncidentsOptions } from "../incident-list.js";

/**
 * Every incident matching the filters, newest first unless `sort_by` says otherwise, from
 * `GET /v2/incidents`; e.g. `{ severity: { one_of: [severityId] }, mode: { one_of: ["standard"] } }`.
 */
export function listIncidents(
  client: IncidentIoClient,
  options?: ListIncidentsOptions,
): AsyncGenerator<Incident, void, undefined> {
  return incidentList(client, "listIncidents", options).items();
}

/** The same list as `listIncidents`, one response page per request. */
export function listIncidentPages(
  client: IncidentIoClient,
  options?: ListIncidentsOptions,
): AsyncGenerator<IncidentPage, void, undefined> {
  return incidentList(client, "listIncidentPages", options).pages();
}
