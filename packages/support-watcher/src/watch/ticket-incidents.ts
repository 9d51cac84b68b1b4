import { ticketTags } from "../adapters/tickets.js";
import { readTicketsById } from "../live/load.js";
import { vendorStep } from "../live/vendor-step.js";
import type { Vendors } from "../vendors/clients.js";
import { listLiveIncidents } from "../vendors/incident-io.js";
import type { ZendeskTicket } from "../vendors/zendesk.js";

// The tag incident.io's Zendesk app (and the sweep, and the macro) put on a ticket; the
// resolution marker (`incident/2417/notified`) is not one.
const INCIDENT_TAG = /^incident\/(\d+)$/;

export interface TicketIncidents {
  /** The ticket as Zendesk has it now; undefined when Zendesk no longer has it. */
  ticket: ZendeskTicket | undefined;
  /** The incidents (INC-123) the ticket can change. */
  references: string[];
  /** How they were found: the ticket's incident tags, or the live incidents it may belong to. */
  by: "tag" | "live_incidents";
}

/**
 * The incidents a Zendesk event about a ticket can change. The ticket is read first (vendors
 * deliver events in any order, so its tags as they are now count): each `incident/<n>` tag names
 * one. A ticket without one may still be about a live incident (the policy relates tickets by
 * subject and components too), so every live incident qualifies, except those `concerns` rules
 * out: an incident already evaluated that neither holds the ticket nor matches it.
 */
export async function incidentsOfTicket(
  vendors: Vendors,
  ticketId: string,
  concerns: (reference: string, ticket: ZendeskTicket) => boolean | undefined,
): Promise<TicketIncidents> {
  const id = /^\d+$/.test(ticketId) ? ticketId : undefined;
  const [ticket] = id ? await readTicketsById(vendors, [id], `the event's ticket ${id}`) : [];
  if (!ticket) return { ticket: undefined, references: [], by: "tag" };
  const tagged = ticketTags(ticket).flatMap((tag) => {
    const number = INCIDENT_TAG.exec(tag)?.[1];
    return number === undefined ? [] : [`INC-${Number(number)}`];
  });
  if (tagged.length > 0) return { ticket, references: [...new Set(tagged)], by: "tag" };
  const live = await vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v2/incidents", object: "live incidents" },
    () => listLiveIncidents(vendors.incidentIo()),
  );
  const references = live
    .map((incident) => String(incident?.reference ?? ""))
    .filter((reference) => /^INC-\d+$/.test(reference) && concerns(reference, ticket) !== false);
  return { ticket, references, by: "live_incidents" };
}
