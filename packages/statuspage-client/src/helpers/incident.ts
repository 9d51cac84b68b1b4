import { callInit, requireText } from "@support/api-core";
import { pageIdFor, type StatuspageClient } from "../client.js";
import type { StatuspageIncident } from "../model.js";
import { unwrapRecord } from "../response-shape.js";

/** Options of the helpers that act on one incident. */
export interface IncidentOptions {
  /** The page the incident is on; defaults to the client's `pageId`. */
  pageId?: string | undefined;
  /** Aborts the request and any wait before it. */
  signal?: AbortSignal | undefined;
}

/**
 * One incident with its updates, components and impacts, from
 * `GET /pages/{page_id}/incidents/{incident_id}`. An unknown id throws an `ApiError` with status 404.
 */
export async function getStatuspageIncident(
  client: StatuspageClient,
  incidentId: string,
  options?: IncidentOptions,
): Promise<StatuspageIncident> {
  const incident_id = requireText("getStatuspageIncident", "incidentId", incidentId);
  const page_id = pageIdFor(client, options?.pageId);
  return unwrapRecord(
    client,
    client.GET("/pages/{page_id}/incidents/{incident_id}", {
      params: { path: { page_id, incident_id } },
      ...callInit(options),
    }),
    "an incident",
  );
}

/** @deprecated Use `getStatuspageIncident`; this name collides with the incident.io client's. */
export const getIncident = getStatuspageIncident;
