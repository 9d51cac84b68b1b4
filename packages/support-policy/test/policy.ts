// Runs the policy on builder scenarios and picks decisions out of the result.
import { evaluate } from "../src/evaluate.js";
import type { ContextInput } from "../src/schemas/context.js";
import type { Action, Decision, DecisionOf } from "../src/schemas/decision.js";
import type { IncidentInput } from "../src/schemas/incident.js";
import type { TicketInput } from "../src/schemas/ticket.js";
import { context, incident } from "./builders.js";

/** A decision whose details a test may read by any key (a typed consumer narrows on `action`). */
export type AnyDecision = Decision & { details: Record<string, unknown> };

export async function incidentDecisions(
  scenario: IncidentInput = incident(),
  ctx: ContextInput = context(),
): Promise<AnyDecision[]> {
  return (await evaluate(scenario, null, ctx)).decisions as AnyDecision[];
}

export async function ticketDecisions(
  ticket: TicketInput,
  scenario: IncidentInput = incident(),
  ctx: ContextInput = context(),
): Promise<AnyDecision[]> {
  return (await evaluate(scenario, ticket, ctx)).decisions as AnyDecision[];
}

export const decisionFor = <A extends Action>(
  decisions: Decision[],
  action: A,
): DecisionOf<A> | undefined =>
  decisions.find((decision): decision is DecisionOf<A> => decision.action === action);

export const actionsOf = (decisions: Decision[]): Action[] => decisions.map((d) => d.action);
