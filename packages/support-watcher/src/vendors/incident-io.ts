import {
  ApiError,
  getIncidentIoIncident,
  type IncidentAttachment,
  type IncidentIoClient,
  type IncidentIoIncident,
  type IncidentUpdate,
  listIncidentAttachments,
  listIncidentUpdates,
  listLiveIncidents as liveIncidents,
} from "@support/incidentio-client";
import { CliError } from "../errors.js";

export type { IncidentAttachment, IncidentIoIncident, IncidentUpdate };

const REFERENCE = /^(?:INC-)?\d+$/i;
const ID = /^[0-9A-Z]{26}$/;

/** Checks a user-given incident reference before any request: INC-123, 123 or a full id. */
export function checkReference(reference: string): string {
  const trimmed = reference.trim();
  if (REFERENCE.test(trimmed) || ID.test(trimmed)) return trimmed;
  throw new CliError(
    `"${reference}" is not an incident reference: use INC-123, 123 or the incident id.`,
  );
}

export async function getIncident(
  client: IncidentIoClient,
  reference: string,
): Promise<IncidentIoIncident> {
  try {
    return await getIncidentIoIncident(client, checkReference(reference));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      throw new CliError(`incident.io has no incident ${reference}.`);
    }
    throw error;
  }
}

/** Up to `limit` live incidents, newest first (for `brief` without an argument). */
export const listLiveIncidents = (
  client: IncidentIoClient,
  limit = 25,
): Promise<IncidentIoIncident[]> =>
  liveIncidents(client, { pageSize: limit, maxPages: 1 }).toArray();

export const listAttachments = (
  client: IncidentIoClient,
  incidentId: string,
): Promise<IncidentAttachment[]> => listIncidentAttachments(client, incidentId);

export const listUpdates = (
  client: IncidentIoClient,
  incidentId: string,
): Promise<IncidentUpdate[]> => listIncidentUpdates(client, incidentId).toArray();
