import type { PagedList } from "@support/api-core";
import type { IncidentIoClient } from "./client.js";
import { cursorList } from "./cursor-list.js";
import type { IncidentFilters, IncidentIoIncident, IncidentPage } from "./model.js";
import type { IncidentIoListOptions } from "./request-options.js";
import { unwrapWith } from "./response-shape.js";

/** The largest `page_size` `GET /v2/incidents` is documented to serve. */
const MAX_INCIDENT_PAGE_SIZE = 250;

/** Filters of `GET /v2/incidents` (sent as deep objects) plus the list options. */
export type ListIncidentsOptions = IncidentFilters & IncidentIoListOptions;

/** The walk behind the incident list helpers; `helper` names the caller in argument errors. */
export function incidentList(
  client: IncidentIoClient,
  helper: string,
  options: ListIncidentsOptions | undefined,
): PagedList<IncidentIoIncident, IncidentPage> {
  const { pageSize: _size, maxPages: _pages, signal: _signal, ...filters } = options ?? {};
  return cursorList(client, helper, options, {
    path: "/v2/incidents",
    maxPageSize: MAX_INCIDENT_PAGE_SIZE,
    fetchPage: (page, init) =>
      unwrapWith(
        client,
        client.GET("/v2/incidents", { params: { query: { ...filters, ...page } }, ...init }),
        "incidents",
      ),
    items: (page) => page.incidents,
  });
}
