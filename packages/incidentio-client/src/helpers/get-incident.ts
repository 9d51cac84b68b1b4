import { callInit } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { IncidentIoIncident } from "../model.js";
import type { RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";

/**
 * One incident, by its ID (`01H…`) or its reference (`INC-123`, `inc-123` or `123`), with a
 * single `GET /v2/incidents/{id}`: that endpoint accepts the numeric part of a reference in
 * place of the ID. An unknown incident is an `ApiError` with `status` 404.
 */
export async function getIncidentIoIncident(
  client: IncidentIoClient,
  incident: string,
  options?: RequestOptions,
): Promise<IncidentIoIncident> {
  const key = parseIncidentKey("getIncidentIoIncident", incident);
  const id = "id" in key ? key.id : key.referenceNumber;
  const { incident: found } = await unwrapWith(
    client,
    client.GET("/v2/incidents/{id}", { params: { path: { id } }, ...callInit(options) }),
    "incident",
    "object",
  );
  return found;
}

/** @deprecated Use `getIncidentIoIncident`; this name collides with the Statuspage client's. */
export const getIncident = getIncidentIoIncident;
