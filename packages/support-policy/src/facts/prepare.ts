import { matchTicket } from "../match-tickets.js";
import type { Context } from "../schemas/context.js";
import type { Incident } from "../schemas/incident.js";
import type { Ticket } from "../schemas/ticket.js";
import { coverageFromRoster, rosterAround } from "../time/coverage.js";
import { intervalAt } from "../time/intervals.js";
import { scheduleAround } from "../time/schedule.js";
import { draftFindings, macroFindings, statusPageFindings } from "./linting.js";
import type { IncidentSituation, TicketSituation } from "./situation.js";
import { supportPeople, watcherState } from "./watcher.js";

/** Lays out the team's schedules and the queue once for an incident-level evaluation. */
export function prepareIncident(
  incident: Incident,
  context: Context,
  queue: Ticket[],
): IncidentSituation {
  const { config } = context;
  const now = Date.parse(context.now);
  const roster = rosterAround(
    supportPeople(context.team, incident),
    now,
    config.defaultWorkingHours,
  );
  return {
    incident,
    config,
    now,
    team: context.team,
    roster,
    coverage: coverageFromRoster(roster, now),
    watcher: watcherState(incident, roster, now, config),
    queue,
    queueMatches: queue.flatMap((ticket) => matchTicket(incident, ticket, config) ?? []),
    statusPageFindings: statusPageFindings(incident, config),
    macroFindings: macroFindings(incident, config),
  };
}

/** What a ticket-level evaluation needs: the team's coverage, the match and the account team. */
export function prepareTicket(
  incident: Incident,
  context: Context,
  ticket: Ticket,
): TicketSituation {
  const { config } = context;
  const now = Date.parse(context.now);
  const organization = ticket.organization;
  const accountTeam = [organization?.tam, organization?.csm].flatMap((person) => person ?? []);
  return {
    incident,
    config,
    now,
    coverage: coverageFromRoster(
      rosterAround(supportPeople(context.team, incident), now, config.defaultWorkingHours),
      now,
    ),
    ticket,
    match: matchTicket(incident, ticket, config),
    draftFindings: draftFindings(incident, ticket.draftReply, config),
    accountTeamWorking: accountTeam.filter(
      (person) =>
        intervalAt(scheduleAround(person, now, config.defaultWorkingHours), now) !== undefined,
    ),
  };
}
