import type { Person, TicketInput } from "@support/policy";
import type { WatcherConfig } from "../config/schema.js";
import type { ZendeskOrganization, ZendeskTicket } from "../vendors/zendesk.js";
import type { People } from "./people.js";

type Organization = NonNullable<TicketInput["organization"]>;
const STATUSES = new Set(["new", "open", "pending", "hold", "solved", "closed"]);

const fieldText = (org: ZendeskOrganization, field: string): string | undefined => {
  const value = org.organization_fields?.[field];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/** A Zendesk organization as the policy's organization: enterprise flag and account team. */
export function toPolicyOrganization(
  org: ZendeskOrganization,
  config: WatcherConfig,
  people: People,
): Organization {
  const { enterprise, tamEmailField, csmEmailField } = config.zendesk;
  const tagged = (org.tags ?? []).some((tag) => enterprise.organizationTags.includes(tag));
  const fieldValue =
    enterprise.organizationField === undefined
      ? undefined
      : org.organization_fields?.[enterprise.organizationField];
  const byField = enterprise.organizationFieldValues.some((wanted) =>
    Array.isArray(fieldValue) ? fieldValue.includes(String(wanted)) : fieldValue === wanted,
  );
  const member = (field: string, role: string): Person | undefined => {
    const email = fieldText(org, field);
    return email ? people.find({ email }, `${role} of ${org.name}`) : undefined;
  };
  const tam = member(tamEmailField, "TAM");
  const csm = member(csmEmailField, "CSM");
  return {
    id: String(org.id ?? org.name),
    name: org.name,
    enterprise: tagged || byField,
    ...(tam && { tam }),
    ...(csm && { csm }),
  };
}

/** A ticket's tags; the document allows a space-separated string as well as a list. */
export const ticketTags = (ticket: ZendeskTicket): string[] =>
  typeof ticket.tags === "string" ? ticket.tags.split(/\s+/).filter(Boolean) : (ticket.tags ?? []);

export interface TicketFacts {
  attached: boolean;
  organization?: Organization | undefined;
  /** The resolution-notice marker tag for this incident. */
  markerTag: string;
}

/**
 * A Zendesk ticket as the policy's Ticket. Zendesk has no "customer waiting since": a new or
 * open ticket counts as waiting on us since its last update. The resolution notice counts as
 * sent when the marker tag is on the ticket.
 */
export function toPolicyTicket(ticket: ZendeskTicket, facts: TicketFacts): TicketInput {
  const status = STATUSES.has(ticket.status ?? "")
    ? (ticket.status as TicketInput["status"])
    : "open";
  const tags = ticketTags(ticket);
  const updatedAt = ticket.updated_at ?? ticket.created_at;
  const createdAt = ticket.created_at ?? updatedAt ?? new Date(0).toISOString();
  const waiting = (status === "new" || status === "open") && updatedAt;
  const notified = tags.includes(facts.markerTag) && updatedAt;
  return {
    id: String(ticket.id),
    subject: ticket.subject ?? "",
    createdAt,
    status,
    tags,
    ...(facts.attached && { relatedToIncident: true, attachedToIncident: true }),
    ...(waiting && { awaitingReplySince: updatedAt }),
    ...(facts.organization && { organization: facts.organization }),
    ...(notified && { resolutionNoticeSentAt: updatedAt }),
  };
}
