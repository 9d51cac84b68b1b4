import type { PagedList } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { cursorList } from "../cursor-list.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { IncidentUpdate, IncidentUpdatePage } from "../model.js";
import type { IncidentIoListOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";
import { resolveIncidentId } from "./resolve-incident-id.js";

/** The largest `page_size` `GET /v2/incident_updates` accepts. */
const MAX_UPDATE_PAGE_SIZE = 250;

/**
 * Every update posted to one incident (given by ID or reference), from
 * `GET /v2/incident_updates?incident_id=…`. A reference costs one extra request, made lazily
 * with the first page (and only once, however often the list is walked).
 */
export function listIncidentUpdates(
  client: IncidentIoClient,
  incident: string,
  options?: IncidentIoListOptions,
): PagedList<IncidentUpdate, IncidentUpdatePage> {
  return updates(client, "listIncidentUpdates", incident, options);
}

/** @deprecated Use `listIncidentUpdates(client, incident, options).pages()`. */
export function listIncidentUpdatePages(
  client: IncidentIoClient,
  incident: string,
  options?: IncidentIoListOptions,
): AsyncGenerator<IncidentUpdatePage, void, undefined> {
  return updates(client, "listIncidentUpdatePages", incident, options).pages();
}

function updates(
  client: IncidentIoClient,
  helper: string,
  incident: string,
  options: IncidentIoListOptions | undefined,
): PagedList<IncidentUpdate, IncidentUpdatePage> {
  parseIncidentKey(helper, incident);
  let incidentId: string | undefined;
  return cursorList(client, helper, options, {
    path: "/v2/incident_updates",
    maxPageSize: MAX_UPDATE_PAGE_SIZE,
    fetchPage: async (page, init) => {
      incidentId ??= await resolveIncidentId(client, incident, init);
      const query = { incident_id: incidentId, ...page };
      const pending = client.GET("/v2/incident_updates", { params: { query }, ...init });
      return unwrapWith(client, pending, "incident_updates");
    },
    items: (page) => page.incident_updates,
  });
}
