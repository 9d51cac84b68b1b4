import { callInit } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { IncidentAttachment } from "../model.js";
import type { RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";
import { resolveIncidentId } from "./resolve-incident-id.js";

/**
 * Every external resource attached to one incident (given by ID or reference), from
 * `GET /v1/incident_attachments?incident_id=…`; the endpoint is not paginated.
 */
export async function listIncidentAttachments(
  client: IncidentIoClient,
  incident: string,
  options?: RequestOptions,
): Promise<IncidentAttachment[]> {
  parseIncidentKey("listIncidentAttachments", incident);
  const init = callInit(options);
  const incident_id = await resolveIncidentId(client, incident, init);
  const pending = client.GET("/v1/incident_attachments", {
    params: { query: { incident_id } },
    ...init,
  });
  return (await unwrapWith(client, pending, "incident_attachments")).incident_attachments;
}
