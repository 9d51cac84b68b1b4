import { ENGINES, type EngineName } from "../engine/types.js";
import { PolicyInputError, parseInputs } from "../errors.js";
import {
  assertLintInput,
  type Finding,
  type LintContext,
  type LintKind,
  lintChecked,
} from "../lint/index.js";
import type { TicketMatch } from "../match-tickets.js";
import { describeValue } from "../safe-text.js";
import { type ConfigInput, ConfigSchema } from "../schemas/config.js";
import { TeamSchema } from "../schemas/context.js";
import type { DecisionOf } from "../schemas/decision.js";
import type { Evaluation, IncidentEvaluation } from "../schemas/evaluation.js";
import type { IncidentInput } from "../schemas/incident.js";
import type { Person } from "../schemas/person.js";
import type { TicketInput } from "../schemas/ticket.js";
import { suggestFrom } from "../suggest/suggest-incidents.js";
import { policyCore } from "./core.js";
import {
  coverageOf,
  incidentLevel,
  incidentWork,
  ticketLevel,
  wholeIncident,
} from "./evaluations.js";
import { Inputs, parseEach } from "./inputs.js";
import { type Clock, readClock } from "./now.js";

export interface PolicyOptions {
  /** The support roster, validated once. */
  team: readonly Person[];
  /** Partial overrides of the documented defaults, validated once. */
  config?: ConfigInput;
  /** The evaluation instant, or a clock read on every evaluation (default: the system clock). */
  now?: Clock;
  /** The rule evaluator: the compiled one (default), or json-rules-engine itself. */
  engine?: EngineName;
}

export interface QueueOption {
  /** The open tickets in the queue, which incident-level rules read. */
  queue?: readonly TicketInput[];
}

export interface EvaluateOptions extends QueueOption {
  /** This call's instant (or a clock), instead of the policy's `now`: a server's per-request time. */
  now?: Clock;
}

/** A policy for one team and config: every call validates only what it is given. */
export interface Policy {
  /** The decisions about the incident, or (with a ticket) about that ticket; as `evaluate`. */
  evaluate(
    incident: IncidentInput,
    ticket?: TicketInput | null,
    options?: EvaluateOptions,
  ): Promise<Evaluation>;
  /**
   * The incident's decisions and every ticket's, with the ticket matches and coverage they were
   * decided on; the tickets are the queue unless `options.queue` is given.
   */
  evaluateIncident(
    incident: IncidentInput,
    tickets: readonly TicketInput[],
    options?: EvaluateOptions,
  ): Promise<IncidentEvaluation>;
  /** `raise_incident` decisions for groups of queue tickets no live incident explains. */
  suggestIncidents(
    queue: readonly TicketInput[],
    options?: { liveIncidents?: readonly IncidentInput[] },
  ): Promise<Array<DecisionOf<"raise_incident">>>;
  /** Message lint, with the config's lint keys (jargon, allowedTerms, …) unless `context` sets them. */
  lint(kind: LintKind, text: string, context?: LintContext): Finding[];
  /** The tickets that look related to the incident, with the config's vocabulary. */
  matchTickets(incident: IncidentInput, tickets: readonly TicketInput[]): TicketMatch[];
}

function optionsProblem(options: unknown): string | undefined {
  if (typeof options !== "object" || options === null) {
    return `createPolicy needs options with a \`team\` (the support roster); got ${describeValue(options)}`;
  }
  let engine: unknown;
  try {
    ({ engine } = options as { engine?: unknown });
  } catch {
    return "the options could not be read";
  }
  if (engine !== undefined && !(ENGINES as readonly unknown[]).includes(engine)) {
    return `engine must be one of ${ENGINES.join(", ")}; got ${describeValue(engine)}`;
  }
  return undefined;
}

/**
 * A policy for one support team: `createPolicy({ team }).evaluate(incident, ticket)`. The team and
 * config are validated once, and what depends only on them (each person's schedule per instant,
 * lint results per text, the match vocabulary) is worked out once and reused.
 */
export function createPolicy(options: PolicyOptions): Policy {
  const problem = optionsProblem(options);
  if (problem) throw new PolicyInputError([{ input: "options", path: [], message: problem }]);
  const { team, config } = parseInputs({
    team: [TeamSchema, options.team],
    config: [ConfigSchema, options.config ?? {}],
  } as const);
  const core = policyCore(team, config, options.engine ?? "compiled", true);
  const inputs = new Inputs();
  const queueOf = (given: QueueOption | undefined) =>
    given?.queue === undefined ? undefined : inputs.tickets(given.queue, "queue");
  const clock: Clock = options.now ?? (() => new Date());
  const clockOf = (given: EvaluateOptions | undefined) =>
    given?.now === undefined ? clock : given.now;
  const lintConfig: NonNullable<LintContext["config"]> = {
    ...(config.jargon && { jargon: config.jargon }),
    ...(config.allowedTerms && { allowedTerms: config.allowedTerms }),
    ...(config.statusPageUrl && { statusPageUrl: config.statusPageUrl }),
    ...(config.internalDomains && { internalDomains: config.internalDomains }),
  };

  return {
    async evaluate(incident, ticket, evaluateOptions) {
      const parsed = parseEach({
        incident: () => inputs.incident(incident),
        ticket: () => (ticket == null ? undefined : inputs.ticket(ticket)),
        queue: () => queueOf(evaluateOptions),
        now: () => readClock(clockOf(evaluateOptions)),
      });
      const work = incidentWork(core, parsed.incident, parsed.now);
      if (!parsed.ticket) return (await incidentLevel(core, work, parsed.queue ?? [])).evaluation;
      return (await ticketLevel(core, work, coverageOf(core, work), parsed.ticket)).evaluation;
    },
    async evaluateIncident(incident, tickets, evaluateOptions) {
      const parsed = parseEach({
        incident: () => inputs.incident(incident),
        tickets: () => inputs.tickets(tickets, "tickets"),
        queue: () => queueOf(evaluateOptions),
        now: () => readClock(clockOf(evaluateOptions)),
      });
      const queue = parsed.queue ?? parsed.tickets;
      return wholeIncident(core, parsed.incident, parsed.tickets, queue, parsed.now);
    },
    async suggestIncidents(queue, suggestOptions) {
      const parsed = parseEach({
        queue: () => inputs.tickets(queue, "queue"),
        liveIncidents: () => inputs.incidents(suggestOptions?.liveIncidents ?? [], "liveIncidents"),
        now: () => readClock(clock),
      });
      return suggestFrom(core, parsed.queue, parsed.liveIncidents, parsed.now);
    },
    lint(kind, text, context = {}) {
      assertLintInput(kind, text, context);
      return lintChecked(kind, text, { ...context, config: { ...lintConfig, ...context.config } });
    },
    matchTickets(incident, tickets) {
      const parsed = parseEach({
        incident: () => inputs.incident(incident),
        tickets: () => inputs.tickets(tickets, "tickets"),
      });
      const work = incidentWork(core, parsed.incident, 0);
      return parsed.tickets.flatMap((ticket) => work.matchOf(ticket) ?? []);
    },
  };
}
