import type { IncidentIoClient } from "../client.js";
import { type CursorList, cursorList } from "../cursor-list.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { IncidentUpdate, IncidentUpdatePage } from "../model.js";
import type { ListOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";
import { resolveIncidentId } from "./resolve-incident-id.js";

/** The largest `page_size` `GET /v2/incident_updates` accepts. */
const MAX_UPDATE_PAGE_SIZE = 250;

/**
 * Every update posted to one incident (given by ID or reference), from
 * `GET /v2/incident_updates?incident_id=…`. A reference costs one extra request, made lazily
 * with the first page.
 */
export function listIncidentUpdates(
  client: IncidentIoClient,
  incident: string,
  options?: ListOptions,
): AsyncGenerator<IncidentUpdate, void, undefined> {
  return updates(client, "listIncidentUpdates", incident, options).items();
}

/** The same list as `listIncidentUpdates`, one response page per request. */
export function listIncidentUpdatePages(
  client: IncidentIoClient,
  incident: string,
  options?: ListOptions,
): AsyncGenerator<IncidentUpdatePage, void, undefined> {
  return updates(client, "listIncidentUpdatePages", incident, options).pages();
}

function updates(
  client: IncidentIoClient,
  helper: string,
  incident: string,
  options: ListOptions | undefined,
): CursorList<IncidentUpdatePage, IncidentUpdate> {
  parseIncidentKey(helper, incident);
  let incidentId: string | undefined;
  return cursorList(
    helper,
    options,
    MAX_UPDATE_PAGE_SIZE,
    async (page, init) => {
      incidentId ??= await resolveIncidentId(client, incident, init);
      const query = { incident_id: incidentId, ...page };
      const pending = client.api.GET("/v2/incident_updates", { params: { query }, ...init });
      return unwrapWith(client, pending, "incident_updates");
    },
    (page) => page.incident_updates,
  );
}
