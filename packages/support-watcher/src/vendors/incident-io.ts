import { incidentIoNextCursor, paginateItems } from "@support/api-core";
import { ApiError, type components, type IncidentIoClient } from "@support/incidentio-client";
import { CliError } from "../errors.js";

export type IncidentIoIncident = components["schemas"]["IncidentV2"];
export type IncidentAttachment = components["schemas"]["IncidentAttachmentV1"];
export type IncidentUpdate = components["schemas"]["IncidentUpdateV2"];

/** `INC-123`, `123` or a full incident id; incident.io accepts the numeric part as the id. */
export function incidentIdFor(reference: string): string {
  const match = /^(?:INC-)?(\d+)$/i.exec(reference.trim());
  if (match?.[1]) return match[1];
  if (/^[0-9A-Z]{26}$/.test(reference.trim())) return reference.trim();
  throw new CliError(
    `"${reference}" is not an incident reference: use INC-123, 123 or the incident id.`,
  );
}

export async function getIncident(
  client: IncidentIoClient,
  reference: string,
): Promise<IncidentIoIncident> {
  try {
    const { incident } = await client.unwrap(
      client.api.GET("/v2/incidents/{id}", { params: { path: { id: incidentIdFor(reference) } } }),
    );
    return incident;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      throw new CliError(`incident.io has no incident ${reference}.`);
    }
    throw error;
  }
}

/** Live incidents, newest first (for `brief` without an argument). */
export async function listLiveIncidents(client: IncidentIoClient): Promise<IncidentIoIncident[]> {
  const { incidents } = await client.unwrap(
    client.api.GET("/v2/incidents", {
      params: { query: { status_category: { one_of: ["live"] }, page_size: 25 } },
    }),
  );
  return incidents;
}

export async function listAttachments(
  client: IncidentIoClient,
  incidentId: string,
): Promise<IncidentAttachment[]> {
  const { incident_attachments } = await client.unwrap(
    client.api.GET("/v1/incident_attachments", { params: { query: { incident_id: incidentId } } }),
  );
  return incident_attachments;
}

export async function listUpdates(
  client: IncidentIoClient,
  incidentId: string,
): Promise<IncidentUpdate[]> {
  const updates: IncidentUpdate[] = [];
  for await (const update of paginateItems({
    fetchPage: (after: string | undefined) =>
      client.unwrap(
        client.api.GET("/v2/incident_updates", {
          params: { query: { incident_id: incidentId, page_size: 250, ...(after && { after }) } },
        }),
      ),
    nextCursor: incidentIoNextCursor,
    items: (page) => page.incident_updates,
  })) {
    updates.push(update);
  }
  return updates;
}

/** Attaches a Zendesk ticket to the incident (what the incident.io sidebar app does). */
export async function attachTicket(
  client: IncidentIoClient,
  incidentId: string,
  ticketId: string,
): Promise<IncidentAttachment> {
  const { incident_attachment } = await client.unwrap(
    client.api.POST("/v1/incident_attachments", {
      body: {
        incident_id: incidentId,
        resource: { external_id: ticketId, resource_type: "zendesk_ticket" },
      },
    }),
  );
  return incident_attachment;
}
