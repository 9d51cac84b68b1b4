import { callInit, requireText } from "@support/api-core";
import { pageIdFor, type StatuspageClient } from "../client.js";
import { type IncidentChanges, toIncidentPatch } from "../incident-changes.js";
import type { StatuspageIncident } from "../model.js";
import { unwrapRecord } from "../response-shape.js";
import type { IncidentOptions } from "./incident.js";

/**
 * Posts an update to an incident with `PATCH /pages/{page_id}/incidents/{incident_id}`: a new
 * status, an update message (`body`), component statuses, with `deliver_notifications` always
 * stated. Returns the incident as Statuspage has it after the update. The changes are checked
 * before anything is sent; a PATCH is retried only when Statuspage rate-limits it (420/429).
 */
export async function updateIncident(
  client: StatuspageClient,
  incidentId: string,
  changes: IncidentChanges,
  options?: IncidentOptions,
): Promise<StatuspageIncident> {
  const helper = "updateIncident";
  const incident_id = requireText(helper, "incidentId", incidentId);
  const incident = toIncidentPatch(helper, changes);
  const page_id = pageIdFor(client, options?.pageId);
  return unwrapRecord(
    client,
    client.PATCH("/pages/{page_id}/incidents/{incident_id}", {
      params: { path: { page_id, incident_id } },
      body: { incident },
      ...callInit(options),
    }),
    "an incident",
  );
}
