import { z } from "zod";
import { commonWords, oneReplyPerTicket, sortDecisions, toDecision } from "./decide.js";
import { incidentDetails } from "./details/incident-details.js";
import { ticketDetails } from "./details/ticket-details.js";
import type { DetailResult } from "./details/types.js";
import { createJsonRulesEngine } from "./engine/json-rules-engine.js";
import type { FiredRule, RuleEngine } from "./engine/types.js";
import { parseInputs } from "./errors.js";
import { configFacts } from "./facts/catalogue.js";
import { incidentFacts } from "./facts/incident-facts.js";
import { prepareIncident, prepareTicket } from "./facts/prepare.js";
import { ticketFacts } from "./facts/ticket-facts.js";
import { INCIDENT_RULES, RULES, TICKET_RULES } from "./rules/index.js";
import type { RuleDefinition } from "./rules/types.js";
import { type Context, type ContextInput, ContextSchema } from "./schemas/context.js";
import type { Decision, Evaluation } from "./schemas/decision.js";
import { type Incident, type IncidentInput, IncidentSchema } from "./schemas/incident.js";
import { type Ticket, type TicketInput, TicketSchema } from "./schemas/ticket.js";

const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(
  RULES.map((rule) => [rule.id, rule]),
);

// One engine per rule set, built on first use and reused: building one is the slow part.
let engines: { incident: RuleEngine; ticket: RuleEngine } | undefined;
const enginesFor = () => {
  engines ??= {
    incident: createJsonRulesEngine(INCIDENT_RULES),
    ticket: createJsonRulesEngine(TICKET_RULES),
  };
  return engines;
};

function decisionsFrom<S>(
  fired: FiredRule[],
  situation: S,
  builders: Record<string, (s: S) => DetailResult>,
  words: Record<string, string>,
  ticketId?: string,
): Decision[] {
  return fired.flatMap((hit) => {
    const rule = RULES_BY_ID.get(hit.ruleId);
    const build = rule && builders[rule.action];
    return rule && build ? [toDecision(rule, hit, build(situation), words, ticketId)] : [];
  });
}

async function incidentDecisions(
  incident: Incident,
  context: Context,
  queue: Ticket[],
): Promise<Decision[]> {
  const situation = prepareIncident(incident, context, queue);
  const facts = { ...incidentFacts(situation), ...configFacts(context.config) };
  const fired = await enginesFor().incident.run(facts);
  const words = commonWords(incident, context.config);
  return sortDecisions(decisionsFrom(fired, situation, incidentDetails, words), RULES_BY_ID);
}

async function ticketDecisions(
  incident: Incident,
  context: Context,
  ticket: Ticket,
): Promise<Decision[]> {
  const situation = prepareTicket(incident, context, ticket);
  const facts = { ...ticketFacts(situation), ...configFacts(context.config) };
  const fired = await enginesFor().ticket.run(facts);
  const words = commonWords(incident, context.config);
  return sortDecisions(
    oneReplyPerTicket(decisionsFrom(fired, situation, ticketDetails, words, ticket.id)),
    RULES_BY_ID,
  );
}

const evaluation = (
  incident: Incident,
  context: Context,
  decisions: Decision[],
  ticket?: Ticket,
): Evaluation => ({
  incidentId: incident.id,
  ...(ticket ? { ticketId: ticket.id } : {}),
  evaluatedAt: new Date(Date.parse(context.now)).toISOString(),
  blocked: decisions.some((decision) => decision.blocking),
  decisions,
});

/**
 * The decisions about an incident (ticket null or undefined) or about one ticket of it. Input is
 * validated first; a PolicyInputError lists every bad field.
 */
export async function evaluate(
  incident: IncidentInput,
  ticket: TicketInput | null | undefined,
  context: ContextInput,
): Promise<Evaluation> {
  const parsed = parseInputs({
    incident: [IncidentSchema, incident],
    ...(ticket == null ? {} : { ticket: [TicketSchema, ticket] as const }),
    context: [ContextSchema, context],
  } as const);
  const { incident: parsedIncident, context: parsedContext } = parsed;
  const parsedTicket: Ticket | undefined = "ticket" in parsed ? parsed.ticket : undefined;
  const decisions = parsedTicket
    ? await ticketDecisions(parsedIncident, parsedContext, parsedTicket)
    : await incidentDecisions(parsedIncident, parsedContext, parsedContext.queue ?? []);
  return evaluation(parsedIncident, parsedContext, decisions, parsedTicket);
}

export interface IncidentEvaluation {
  incident: Decision[];
  /** Decisions per ticket id, for every given ticket (an empty list when nothing applies). */
  tickets: Record<string, Decision[]>;
}

/**
 * Incident-level decisions plus the decisions for each ticket. When the context has no queue,
 * the given tickets serve as the queue for the incident-level rules.
 */
export async function evaluateIncident(
  incident: IncidentInput,
  tickets: readonly TicketInput[],
  context: ContextInput,
): Promise<IncidentEvaluation> {
  const {
    incident: parsedIncident,
    tickets: parsedTickets,
    context: parsedContext,
  } = parseInputs({
    incident: [IncidentSchema, incident],
    tickets: [z.array(TicketSchema), tickets],
    context: [ContextSchema, context],
  } as const);
  const queue = parsedContext.queue ?? parsedTickets;
  const result: IncidentEvaluation = {
    incident: await incidentDecisions(parsedIncident, parsedContext, queue),
    tickets: {},
  };
  const ordered = [...parsedTickets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const ticket of ordered) {
    result.tickets[ticket.id] = await ticketDecisions(parsedIncident, parsedContext, ticket);
  }
  return result;
}
