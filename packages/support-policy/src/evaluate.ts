// The free functions: every call brings its whole context. A script that evaluates more than
// once is better served by createPolicy, which validates the team and config once.
import { type InputIssue, PolicyInputError, parseInputs } from "./errors.js";
import { policyCore } from "./policy/core.js";
import {
  coverageOf,
  incidentLevel,
  incidentWork,
  ticketLevel,
  wholeIncident,
} from "./policy/evaluations.js";
import { type Context, type ContextInput, ContextSchema } from "./schemas/context.js";
import type { Evaluation, IncidentEvaluation } from "./schemas/evaluation.js";
import { type IncidentInput, IncidentSchema } from "./schemas/incident.js";
import { type Ticket, type TicketInput, TicketSchema, TicketsSchema } from "./schemas/ticket.js";

const NEEDS =
  "evaluate needs a context with `now` (the evaluation instant, e.g. new Date().toISOString()) and `team` (the support roster); or create a policy once with createPolicy({ team }) and call policy.evaluate(incident, ticket)";

/** A missing context, or one without `now` or `team`, said in words that name both. */
function contextProblems(context: unknown): InputIssue[] {
  if (typeof context !== "object" || context === null || Array.isArray(context)) {
    return [{ input: "context", path: [], message: `is missing: ${NEEDS}.` }];
  }
  let missing: Array<"now" | "team">;
  try {
    missing = (["now", "team"] as const).filter(
      (key) => (context as Record<string, unknown>)[key] === undefined,
    );
  } catch {
    // Left to the schema, which reports what it cannot read.
    return [];
  }
  return missing.map((key) => ({
    input: "context",
    path: [key],
    message: `is required: ${key === "now" ? "the evaluation instant" : "the support roster"} (${NEEDS}).`,
  }));
}

function parsedContext(context: unknown, issues: InputIssue[]): Context | undefined {
  const problems = contextProblems(context);
  if (problems.length > 0) {
    issues.push(...problems);
    return undefined;
  }
  try {
    return parseInputs({ context: [ContextSchema, context] as const }).context;
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/** Parses the other arguments, then the context, and throws one error covering all of them. */
function parseAll<T>(parse: () => T, context: unknown): [T, Context] {
  const issues: InputIssue[] = [];
  let parsed: T | undefined;
  try {
    parsed = parse();
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    issues.push(...error.issues);
  }
  const ctx = parsedContext(context, issues);
  if (issues.length > 0 || parsed === undefined || !ctx) throw new PolicyInputError(issues);
  return [parsed, ctx];
}

/**
 * The decisions about an incident (ticket null or undefined) or about one ticket of it. Input is
 * validated first; a PolicyInputError lists every bad field.
 */
export async function evaluate(
  incident: IncidentInput,
  ticket: TicketInput | null | undefined,
  context: ContextInput,
): Promise<Evaluation> {
  const [parsed, ctx] = parseAll(
    () =>
      parseInputs({
        incident: [IncidentSchema, incident],
        ...(ticket == null ? {} : { ticket: [TicketSchema, ticket] as const }),
      } as const),
    context,
  );
  const core = policyCore(ctx.team, ctx.config, "compiled");
  const work = incidentWork(core, parsed.incident, Date.parse(ctx.now));
  const parsedTicket: Ticket | undefined = "ticket" in parsed ? parsed.ticket : undefined;
  if (!parsedTicket) return (await incidentLevel(core, work, ctx.queue ?? [])).evaluation;
  return (await ticketLevel(core, work, coverageOf(core, work), parsedTicket)).evaluation;
}

/**
 * Incident-level decisions plus the decisions for each ticket, and the matches and coverage they
 * were decided on. When the context has no queue, the given tickets serve as the queue.
 */
export async function evaluateIncident(
  incident: IncidentInput,
  tickets: readonly TicketInput[],
  context: ContextInput,
): Promise<IncidentEvaluation> {
  const [parsed, ctx] = parseAll(
    () => parseInputs({ incident: [IncidentSchema, incident], tickets: [TicketsSchema, tickets] }),
    context,
  );
  const core = policyCore(ctx.team, ctx.config, "compiled");
  return wholeIncident(
    core,
    parsed.incident,
    parsed.tickets,
    ctx.queue ?? parsed.tickets,
    Date.parse(ctx.now),
  );
}
