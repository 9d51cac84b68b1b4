import type { PagedList } from "@support/api-core";
import type { StatuspageClient } from "../client.js";
import { listEndpoint } from "../list-endpoint.js";
import type { StatuspageIncident } from "../model.js";
import type { StatuspageListOptions } from "../page-number-list.js";

/**
 * Every incident on the page that is not resolved yet (realtime incidents and maintenance in
 * progress), from `GET /pages/{page_id}/incidents/unresolved`, fetched 100 at a time.
 * `.pages()` yields one array per request.
 */
export function listUnresolvedIncidents(
  client: StatuspageClient,
  options?: StatuspageListOptions,
): PagedList<StatuspageIncident, StatuspageIncident[]> {
  return unresolvedIncidents(client, "listUnresolvedIncidents", options);
}

/** @deprecated Use `listUnresolvedIncidents(client, options).pages()`. */
export function listUnresolvedIncidentPages(
  client: StatuspageClient,
  options?: StatuspageListOptions,
): AsyncGenerator<StatuspageIncident[], void, undefined> {
  return unresolvedIncidents(client, "listUnresolvedIncidentPages", options).pages();
}

const unresolvedIncidents = (
  client: StatuspageClient,
  helper: string,
  options: StatuspageListOptions | undefined,
): PagedList<StatuspageIncident, StatuspageIncident[]> =>
  listEndpoint(
    client,
    helper,
    "/incidents/unresolved",
    options,
    "a list of incidents",
    (page_id, query, init) =>
      client.GET("/pages/{page_id}/incidents/unresolved", {
        params: { path: { page_id }, query },
        ...init,
      }),
  );
