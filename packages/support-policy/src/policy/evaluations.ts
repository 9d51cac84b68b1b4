// The evaluations themselves, on parsed input: per-incident work once, then the incident and
// each ticket through facts, engine and decisions.
import { decisionsOf, oneReplyPerTicket, sortDecisions } from "../decide.js";
import { iso } from "../details/words.js";
import type { FiredRule } from "../engine/types.js";
import { configFacts } from "../facts/config-facts.js";
import { incidentFacts } from "../facts/incident-facts.js";
import { ticketFacts } from "../facts/ticket-facts.js";
import type { TicketMatch } from "../match-tickets.js";
import type { Decision } from "../schemas/decision.js";
import type {
  Evaluation,
  IncidentEvaluation,
  TicketEvaluation,
  TicketState,
} from "../schemas/evaluation.js";
import type { Incident } from "../schemas/incident.js";
import type { Ticket } from "../schemas/ticket.js";
import { incidentSituation } from "../situation/incident.js";
import { ticketSituation } from "../situation/ticket.js";
import type { IncidentReadings, TicketSituation } from "../situation/types.js";
import type { Coverage } from "../time/coverage.js";
import { matchOf, type PolicyCore, readingsOf, rosterOf } from "./core.js";

/** What one evaluation works out about the incident once, for itself and every ticket. */
export interface IncidentWork {
  incident: Incident;
  now: number;
  readings: IncidentReadings;
  /** A ticket's match, worked out once however often it is asked for. */
  matchOf(ticket: Ticket): TicketMatch | undefined;
}

export function incidentWork(core: PolicyCore, incident: Incident, now: number): IncidentWork {
  const readings = readingsOf(core, incident);
  return {
    incident,
    now,
    readings,
    matchOf: (ticket) => matchOf(core, incident, readings, ticket),
  };
}

const settled = async (fired: FiredRule[] | Promise<FiredRule[]>): Promise<FiredRule[]> => fired;

export function evaluationOf(
  incident: Incident,
  now: number,
  decisions: Decision[],
  ticketId?: string,
): Evaluation {
  return {
    incidentId: incident.id,
    ...(ticketId === undefined ? {} : { ticketId }),
    evaluatedAt: iso(now),
    blocked: decisions.some((decision) => decision.blocking),
    decisions,
  };
}

/** The incident-level decisions, with the situation they were decided on. */
export async function incidentLevel(
  core: PolicyCore,
  work: IncidentWork,
  queue: readonly Ticket[],
) {
  const situation = incidentSituation({
    incident: work.incident,
    config: core.config,
    now: work.now,
    ...rosterOf(core, work.incident, work.now),
    queue,
    readings: work.readings,
    matchOf: work.matchOf,
  });
  const facts = { ...incidentFacts(situation), ...configFacts(core.config) };
  const fired = await settled(core.engines.incident.run(facts));
  const decisions = sortDecisions(decisionsOf(fired, situation, work.readings.words));
  return { evaluation: evaluationOf(work.incident, work.now, decisions), situation };
}

/** Who in support is within working hours: the team, plus a watcher the team does not list. */
export const coverageOf = (core: PolicyCore, work: IncidentWork): Coverage =>
  rosterOf(core, work.incident, work.now).coverage;

/** One ticket's decisions, with the situation they were decided on. */
export async function ticketLevel(
  core: PolicyCore,
  work: IncidentWork,
  coverage: Coverage,
  ticket: Ticket,
): Promise<{ evaluation: TicketEvaluation; situation: TicketSituation }> {
  const situation = ticketSituation(ticket, {
    incident: work.incident,
    config: core.config,
    now: work.now,
    readings: work.readings,
    coverage,
    schedules: core.schedules,
    memo: core.memo,
    match: work.matchOf(ticket),
  });
  const facts = { ...ticketFacts(situation), ...configFacts(core.config) };
  const fired = await settled(core.engines.ticket.run(facts));
  const decisions = sortDecisions(
    oneReplyPerTicket(decisionsOf(fired, situation, work.readings.words, ticket.id)),
  );
  return {
    evaluation: evaluationOf(work.incident, work.now, decisions, ticket.id) as TicketEvaluation,
    situation,
  };
}

const stateOf = (situation: TicketSituation): TicketState => ({
  ticketId: situation.ticket.id,
  related: situation.related,
  attached: situation.attached,
  customerWaitingSince: situation.customerWaiting
    ? (situation.ticket.awaitingReplySince ?? null)
    : null,
});

const byId = (a: Ticket, b: Ticket) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The incident's decisions and every ticket's, the incident's work done once for all of them. */
export async function wholeIncident(
  core: PolicyCore,
  incident: Incident,
  tickets: readonly Ticket[],
  queue: readonly Ticket[],
  now: number,
): Promise<IncidentEvaluation> {
  const work = incidentWork(core, incident, now);
  const { evaluation, situation } = await incidentLevel(core, work, queue);
  const evaluations: TicketEvaluation[] = [];
  const states: TicketState[] = [];
  for (const ticket of [...tickets].sort(byId)) {
    const one = await ticketLevel(core, work, situation.coverage, ticket);
    evaluations.push(one.evaluation);
    states.push(stateOf(one.situation));
  }
  return {
    incidentId: evaluation.incidentId,
    evaluatedAt: evaluation.evaluatedAt,
    blocked: evaluation.blocked,
    decisions: evaluation.decisions,
    tickets: evaluations,
    ticketStates: states,
    // A policy keeps its matches and coverage for later evaluations: the caller gets a copy.
    matches: core.kept ? structuredClone([...situation.queueMatches]) : [...situation.queueMatches],
    coverage: core.kept ? structuredClone(situation.coverage) : situation.coverage,
  };
}
