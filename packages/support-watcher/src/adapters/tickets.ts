import { type Person, type TicketInput, TicketSchema } from "@support/policy";
import type { WatcherConfig } from "../config/schema.js";
import type { ZendeskOrganization, ZendeskTicket } from "../vendors/zendesk.js";
import {
  type DataProblems,
  isInstant,
  isPositiveId,
  withoutInvalidFields,
} from "./data-problems.js";
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
  const name = typeof org.name === "string" ? org.name : `organization ${String(org.id)}`;
  const tags = Array.isArray(org.tags) ? org.tags : [];
  const tagged = tags.some((tag) => enterprise.organizationTags.includes(tag));
  const fieldValue =
    enterprise.organizationField === undefined
      ? undefined
      : org.organization_fields?.[enterprise.organizationField];
  const byField = enterprise.organizationFieldValues.some((wanted) =>
    Array.isArray(fieldValue) ? fieldValue.includes(String(wanted)) : fieldValue === wanted,
  );
  const member = (field: string, role: string): Person | undefined => {
    const email = fieldText(org, field);
    return email ? people.find({ email }, `${role} of ${name}`) : undefined;
  };
  const tam = member(tamEmailField, "TAM");
  const csm = member(csmEmailField, "CSM");
  return {
    id: String(org.id ?? name),
    name,
    enterprise: tagged || byField,
    ...(tam && { tam }),
    ...(csm && { csm }),
  };
}

/** A ticket's tags; the document allows a space-separated string as well as a list. */
export const ticketTags = (ticket: ZendeskTicket): string[] =>
  typeof ticket.tags === "string"
    ? ticket.tags.split(/\s+/).filter(Boolean)
    : Array.isArray(ticket.tags)
      ? ticket.tags.filter((tag): tag is string => typeof tag === "string")
      : [];

export interface TicketFacts {
  /** Whether incident.io lists it as attached; undefined when that is not known. */
  attached: boolean | undefined;
  organization?: Organization | undefined;
  /** The resolution-notice marker tag for this incident. */
  markerTag: string;
}

/**
 * A Zendesk ticket as the policy's Ticket. Zendesk has no "customer waiting since": a new or
 * open ticket counts as waiting on us since its last update. The resolution notice counts as
 * sent when the marker tag is on the ticket. A value the policy cannot use is dropped or
 * defaulted and reported; a ticket without a usable id or any usable time is left out
 * (`undefined`), also reported.
 */
export function toPolicyTicket(
  ticket: ZendeskTicket,
  facts: TicketFacts,
  problems: DataProblems,
): TicketInput | undefined {
  const id = isPositiveId(ticket.id) ? String(ticket.id) : undefined;
  const problem = (field: string, value: unknown, action: string) =>
    problems.add({
      vendor: "Zendesk",
      object: "ticket",
      id: id ?? "unknown",
      field,
      value,
      action,
    });
  if (id === undefined) {
    problem(
      "id",
      ticket.id,
      "dropped the ticket: without a positive id it cannot be named or linked",
    );
    return undefined;
  }
  const known = STATUSES.has(ticket.status ?? "");
  if (!known) problem("status", ticket.status, 'used "open": not a Zendesk ticket status');
  const status = (known ? ticket.status : "open") as TicketInput["status"];
  if (ticket.subject != null && typeof ticket.subject !== "string") {
    problem("subject", ticket.subject, "used an empty subject");
  }
  const tags = ticketTags(ticket);
  if (ticket.tags != null && !Array.isArray(ticket.tags) && typeof ticket.tags !== "string") {
    problem("tags", ticket.tags, "used no tags");
  }
  const updatedAt = isInstant(ticket.updated_at) ? ticket.updated_at : undefined;
  if (ticket.updated_at != null && updatedAt === undefined) {
    problem("updated_at", ticket.updated_at, "dropped: waiting time and notice time are not known");
  }
  let createdAt = isInstant(ticket.created_at) ? ticket.created_at : undefined;
  if (createdAt === undefined) {
    if (updatedAt === undefined) {
      problem("created_at", ticket.created_at, "dropped the ticket: it has no usable time at all");
      return undefined;
    }
    problem("created_at", ticket.created_at, "used updated_at instead");
    createdAt = updatedAt;
  }
  const waiting = (status === "new" || status === "open") && updatedAt;
  const notified = tags.includes(facts.markerTag) && updatedAt;
  const mapped: TicketInput = {
    id,
    subject: typeof ticket.subject === "string" ? ticket.subject : "",
    createdAt,
    status,
    tags,
    // Given when known, even when false: the incident tag alone (the macro adds it) is no attachment.
    ...(facts.attached !== undefined && { attachedToIncident: facts.attached }),
    ...(facts.attached && { relatedToIncident: true }),
    ...(waiting && { awaitingReplySince: waiting }),
    ...(facts.organization && { organization: facts.organization }),
    ...(notified && { resolutionNoticeSentAt: notified }),
  };
  try {
    return withoutInvalidFields(TicketSchema, mapped, (field, value, why) =>
      problem(field, value, `dropped: ${why}`),
    );
  } catch (error) {
    problem("ticket", ticket.id, `dropped the ticket: ${(error as Error).message}`);
    return undefined;
  }
}
