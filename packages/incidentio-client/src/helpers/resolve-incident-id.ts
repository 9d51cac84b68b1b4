import type { IncidentIoClient } from "../client.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { RequestOptions } from "../request-options.js";
import { getIncidentIoIncident } from "./get-incident.js";

/**
 * The full ID of an incident given by ID or by reference. An ID is returned as it is, without a
 * request; a reference (`INC-123`) costs one `GET /v2/incidents/{id}`. Helpers whose endpoint
 * only takes the full ID use this, so they all accept either form.
 */
export async function resolveIncidentId(
  client: IncidentIoClient,
  incident: string,
  options?: RequestOptions,
): Promise<string> {
  const key = parseIncidentKey("resolveIncidentId", incident);
  if ("id" in key) return key.id;
  return (await getIncidentIoIncident(client, incident, options)).id;
}
