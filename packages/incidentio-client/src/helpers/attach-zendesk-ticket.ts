import { ApiError, type CallInit, callInit, invalidArgument } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { IncidentAttachment } from "../model.js";
import type { RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";
import { resolveIncidentId } from "./resolve-incident-id.js";

/** What `attachZendeskTicket` did: `created` is false when the ticket was already attached. */
export interface ZendeskTicketAttachment {
  attachment: IncidentAttachment;
  created: boolean;
}

export interface AttachZendeskTicketOptions extends RequestOptions {
  /**
   * The incident's attachments as the caller already listed them (`listIncidentAttachments`).
   * The lookup before the create is then skipped: a ticket found among them is returned
   * without any request, any other is created at once. A refused create is still looked up.
   */
  knownAttachments?: readonly IncidentAttachment[] | undefined;
}

/**
 * Attaches a Zendesk ticket to an incident (given by ID or reference), safely repeatable: it
 * first looks for an attachment of this ticket to this incident
 * (`GET /v1/incident_attachments?resource_type=zendesk_ticket&external_id=<ticket>`, or in
 * `knownAttachments` when given) and only creates one (`POST /v1/incident_attachments`) when
 * there is none. If the create is refused with 409 or 422 because a concurrent caller attached
 * the ticket meanwhile, that attachment is returned instead of the error.
 */
export async function attachZendeskTicket(
  client: IncidentIoClient,
  incident: string,
  ticketId: number | string,
  options?: AttachZendeskTicketOptions,
): Promise<ZendeskTicketAttachment> {
  const helper = "attachZendeskTicket";
  parseIncidentKey(helper, incident);
  const externalId = ticketExternalId(helper, ticketId);
  const known = knownAttachmentsOf(helper, options?.knownAttachments);
  const init = callInit(options);
  const incidentId = await resolveIncidentId(client, incident, init);

  const existing = known
    ? known.find(isAttachmentOf(incidentId, externalId))
    : await findAttachment(client, incidentId, externalId, init);
  if (existing) return { attachment: existing, created: false };
  try {
    const body = {
      incident_id: incidentId,
      resource: { resource_type: "zendesk_ticket" as const, external_id: externalId },
    };
    const pending = client.POST("/v1/incident_attachments", { body, ...init });
    const created = await unwrapWith(client, pending, "incident_attachment", "object");
    return { attachment: created.incident_attachment, created: true };
  } catch (error) {
    if (!(error instanceof ApiError && (error.status === 409 || error.status === 422))) throw error;
    const raced = await findAttachment(client, incidentId, externalId, init);
    if (raced) return { attachment: raced, created: false };
    throw error;
  }
}

/** A Zendesk ticket ID (a positive whole number) as the attachment's `external_id`. */
function ticketExternalId(helper: string, ticketId: unknown): string {
  if (typeof ticketId === "number" && Number.isSafeInteger(ticketId) && ticketId > 0) {
    return String(ticketId);
  }
  if (typeof ticketId === "string" && /^[1-9]\d*$/.test(ticketId.trim())) return ticketId.trim();
  return invalidArgument(helper, '"ticketId" must be a Zendesk ticket ID, a positive whole number');
}

async function findAttachment(
  client: IncidentIoClient,
  incidentId: string,
  externalId: string,
  init: CallInit,
): Promise<IncidentAttachment | undefined> {
  const query = { resource_type: "zendesk_ticket" as const, external_id: externalId };
  const pending = client.GET("/v1/incident_attachments", { params: { query }, ...init });
  const { incident_attachments } = await unwrapWith(client, pending, "incident_attachments");
  return incident_attachments.find(isAttachmentOf(incidentId, externalId));
}

/** Whether an attachment is this Zendesk ticket's on this incident. */
const isAttachmentOf =
  (incidentId: string, externalId: string) =>
  ({ incident_id, resource }: IncidentAttachment): boolean =>
    incident_id === incidentId &&
    resource?.resource_type === "zendesk_ticket" &&
    resource.external_id === externalId;

/** The caller's list of attachments, when given; it must be a list. */
function knownAttachmentsOf(
  helper: string,
  value: unknown,
): readonly IncidentAttachment[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((a) => typeof a !== "object" || a === null)) {
    return invalidArgument(
      helper,
      '"knownAttachments" must be a list of the incident\'s attachments (as listIncidentAttachments returns them)',
    );
  }
  return value;
}
