import type { StatuspageClient } from "../client.js";
import { listEndpoint } from "../list-endpoint.js";
import type { Incident } from "../model.js";
import type { ListOptions, PageNumberList } from "../page-number-list.js";

/**
 * Every incident on the page that is not resolved yet (realtime incidents and maintenance in
 * progress), from `GET /pages/{page_id}/incidents/unresolved`, fetched 100 at a time.
 */
export function listUnresolvedIncidents(
  client: StatuspageClient,
  options?: ListOptions,
): AsyncGenerator<Incident, void, undefined> {
  return unresolvedIncidents(client, "listUnresolvedIncidents", options).items();
}

/** The same list as `listUnresolvedIncidents`, one array per request. */
export function listUnresolvedIncidentPages(
  client: StatuspageClient,
  options?: ListOptions,
): AsyncGenerator<Incident[], void, undefined> {
  return unresolvedIncidents(client, "listUnresolvedIncidentPages", options).pages();
}

const unresolvedIncidents = (
  client: StatuspageClient,
  helper: string,
  options: ListOptions | undefined,
): PageNumberList<Incident> =>
  listEndpoint(client, helper, options, "a list of incidents", (page_id, query, init) =>
    client.api.GET("/pages/{page_id}/incidents/unresolved", {
      params: { path: { page_id }, query },
      ...init,
    }),
  );
