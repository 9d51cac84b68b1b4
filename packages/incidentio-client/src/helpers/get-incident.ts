import type { IncidentIoClient } from "../client.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { Incident } from "../model.js";
import { callInit, type RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";

/**
 * One incident, by its ID (`01H…`) or its reference (`INC-123`, `inc-123` or `123`), with a
 * single `GET /v2/incidents/{id}`: that endpoint accepts the numeric part of a reference in
 * place of the ID. An unknown incident is an `ApiError` with `status` 404.
 */
export async function getIncident(
  client: IncidentIoClient,
  incident: string,
  options?: RequestOptions,
): Promise<Incident> {
  const key = parseIncidentKey("getIncident", incident);
  const id = "id" in key ? key.id : key.referenceNumber;
  const { incident: found } = await unwrapWith(
    client,
    client.api.GET("/v2/incidents/{id}", { params: { path: { id } }, ...callInit(options) }),
    "incident",
    "object",
  );
  return found;
}
