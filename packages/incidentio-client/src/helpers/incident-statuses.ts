import { callInit } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import type { IncidentIoIncidentStatus } from "../model.js";
import type { RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";

/** Every incident status the organisation defines, from `GET /v1/incident_statuses` (one request). */
export async function listIncidentStatuses(
  client: IncidentIoClient,
  options?: RequestOptions,
): Promise<IncidentIoIncidentStatus[]> {
  const pending = client.GET("/v1/incident_statuses", callInit(options));
  return (await unwrapWith(client, pending, "incident_statuses")).incident_statuses;
}
