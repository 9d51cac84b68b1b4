// Runs the policy on builder scenarios and picks decisions out of the result.
import { evaluate } from "../src/evaluate.js";
import type { ContextInput } from "../src/schemas/context.js";
import type { Action, Decision } from "../src/schemas/decision.js";
import type { IncidentInput } from "../src/schemas/incident.js";
import type { TicketInput } from "../src/schemas/ticket.js";
import { context, incident } from "./builders.js";

export async function incidentDecisions(
  scenario: IncidentInput = incident(),
  ctx: ContextInput = context(),
): Promise<Decision[]> {
  return (await evaluate(scenario, null, ctx)).decisions;
}

export async function ticketDecisions(
  ticket: TicketInput,
  scenario: IncidentInput = incident(),
  ctx: ContextInput = context(),
): Promise<Decision[]> {
  return (await evaluate(scenario, ticket, ctx)).decisions;
}

export const decisionFor = (decisions: Decision[], action: Action): Decision | undefined =>
  decisions.find((decision) => decision.action === action);

export const actionsOf = (decisions: Decision[]): Action[] => decisions.map((d) => d.action);
