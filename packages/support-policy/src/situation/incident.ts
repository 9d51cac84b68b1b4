import type { TicketMatch } from "../match-tickets.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import type { Ticket } from "../schemas/ticket.js";
import type { Coverage, RosterEntry } from "../time/coverage.js";
import { isAttached } from "./attachment.js";
import type { IncidentReadings, IncidentSituation } from "./types.js";
import { watcherState } from "./watcher.js";
import { handoverNotePosted, handsRaisedSince, volunteerRequestedAt } from "./workflow-thread.js";

export interface IncidentInputs {
  incident: Incident;
  config: Config;
  now: number;
  /** Everyone in support laid out around `now`, and who of them is working. */
  roster: readonly RosterEntry[];
  coverage: Coverage;
  queue: readonly Ticket[];
  readings: IncidentReadings;
  /** The match of one queue ticket, worked out once per evaluation. */
  matchOf(ticket: Ticket): TicketMatch | undefined;
}

/** Related queue tickets opened before declaration that are not attached to the incident. */
function unattachedEarly(
  incident: Incident,
  queue: readonly Ticket[],
  matches: readonly TicketMatch[],
) {
  const byId = new Map<string, Ticket>();
  for (const ticket of queue) byId.set(ticket.id, ticket);
  const ids: string[] = [];
  for (const match of matches) {
    if (!match.createdBeforeDeclaration) continue;
    const ticket = byId.get(match.ticketId);
    if (ticket !== undefined && !isAttached(incident, ticket)) ids.push(match.ticketId);
  }
  return ids;
}

/** Lays out the roster and reads the queue once for an incident-level evaluation. */
export function incidentSituation(inputs: IncidentInputs): IncidentSituation {
  const { incident, config, now, queue, readings, roster } = inputs;
  const queueMatches: TicketMatch[] = [];
  for (const ticket of queue) {
    const match = inputs.matchOf(ticket);
    if (match) queueMatches.push(match);
  }
  const watcher = watcherState(incident, roster, now, config);
  const requestedAt = volunteerRequestedAt(incident, watcher);
  return {
    incident,
    config,
    now,
    readings,
    roster,
    coverage: inputs.coverage,
    watcher,
    volunteerRequestedAt: requestedAt,
    handsRaised: handsRaisedSince(incident, requestedAt),
    handoverNotePosted: handoverNotePosted(incident, watcher, now, config),
    queue,
    queueMatches,
    unattachedEarly: unattachedEarly(incident, queue, queueMatches),
  };
}
