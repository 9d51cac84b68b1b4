import type { IncidentIoClient } from "./client.js";
import { type CursorList, cursorList } from "./cursor-list.js";
import type { Incident, IncidentFilters, IncidentPage } from "./model.js";
import type { ListOptions } from "./request-options.js";
import { unwrapWith } from "./response-shape.js";

/** The largest `page_size` `GET /v2/incidents` is documented to serve. */
const MAX_INCIDENT_PAGE_SIZE = 250;

/** Filters of `GET /v2/incidents` (sent as deep objects) plus the list options. */
export type ListIncidentsOptions = IncidentFilters & ListOptions;

/** The walk behind the incident list helpers; `helper` names the caller in argument errors. */
export function incidentList(
  client: IncidentIoClient,
  helper: string,
  options: ListIncidentsOptions | undefined,
): CursorList<IncidentPage, Incident> {
  const { pageSize: _size, maxPages: _pages, signal: _signal, ...filters } = options ?? {};
  return cursorList(
    helper,
    options,
    MAX_INCIDENT_PAGE_SIZE,
    (page, init) =>
      unwrapWith(
        client,
        client.api.GET("/v2/incidents", { params: { query: { ...filters, ...page } }, ...init }),
        "incidents",
      ),
    (page) => page.incidents,
  );
}
