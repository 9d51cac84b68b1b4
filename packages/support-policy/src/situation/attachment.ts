import { incidentTag } from "../match-tickets.js";
import type { Incident } from "../schemas/incident.js";
import type { Ticket } from "../schemas/ticket.js";

export const isTagged = (incident: Pick<Incident, "number">, ticket: Ticket): boolean =>
  ticket.tags.includes(incidentTag(incident));

/**
 * Whether the ticket is attached to the incident in incident.io. `attachedToIncident` is the
 * truth when given: the macro adds the incident tag too, so a tag proves nothing then. Only
 * when it is absent does the tag (which attaching adds) stand in for it.
 */
export const isAttached = (incident: Pick<Incident, "number">, ticket: Ticket): boolean =>
  ticket.attachedToIncident ?? isTagged(incident, ticket);
