import { callInit } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import type { IncidentRole } from "../model.js";
import type { RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";

/** Every incident role the organisation defines, from `GET /v2/incident_roles` (one request). */
export async function listIncidentRoles(
  client: IncidentIoClient,
  options?: RequestOptions,
): Promise<IncidentRole[]> {
  const pending = client.GET("/v2/incident_roles", callInit(options));
  return (await unwrapWith(client, pending, "incident_roles")).incident_roles;
}
