// The one place the server calls @support/policy. Routes see only PolicyAdapter. Evaluations go
// through a policy per team and config (createPolicy), so those are validated and their schedules
// laid out once, not per request; anything the policy refuses is evaluated by the free function,
// whose error (or answer) is then the response, exactly as it would be without the policy.
import {
  type Decision,
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  evaluateIncident,
  type Finding,
  HANDBOOK_SECTIONS,
  type IncidentEvaluation,
  type IncidentInput,
  type LintContext,
  lint,
  lintRules,
  matchTickets,
  type Policy,
  PolicyInputError,
  policyRules,
  suggestIncidents,
  type TicketInput,
  type TicketMatch,
} from "@support/policy";
import type { z } from "zod";
import { contextWithDefaults, mergeConfig, type PolicyDefaults } from "./defaults.js";
import { createInterner } from "./interned.js";
import { createPolicies } from "./policies.js";
import type { LintRequestSchema, RuleIndexSchema } from "./schemas.js";
import { type PolicyVersion, policyVersion } from "./version.js";

type Json = Record<string, unknown>;

/** A result with the exact input the policy evaluated (the request plus the server's defaults). */
export interface Decided<T> {
  result: T;
  input: Json;
}

export interface EvaluateBody {
  incident: unknown;
  ticket?: unknown;
  context?: Json;
}
export interface EvaluateIncidentBody {
  incident: unknown;
  tickets: unknown;
  context?: Json;
}
export interface SuggestIncidentsBody {
  queue: unknown;
  context?: Json;
}
export interface MatchBody {
  incident: unknown;
  tickets: unknown;
  config?: unknown;
}
export type LintBody = z.output<typeof LintRequestSchema>;
export type RuleIndex = z.output<typeof RuleIndexSchema>;

export interface PolicyAdapter {
  readonly version: PolicyVersion;
  evaluate(body: EvaluateBody): Promise<Decided<Evaluation>>;
  evaluateIncident(body: EvaluateIncidentBody): Promise<Decided<IncidentEvaluation>>;
  suggestIncidents(body: SuggestIncidentsBody): Promise<Decided<Decision[]>>;
  lint(body: LintBody): Decided<Finding[]>;
  matchTickets(body: MatchBody): Decided<TicketMatch[]>;
  rules(): RuleIndex;
  /** Builds the rule engines before the first request needs them. */
  warmUp(): Promise<void>;
}

export interface PolicyAdapterOptions {
  defaults?: PolicyDefaults;
  /** The server clock: `now` for requests that do not pass their own. */
  now: () => Date;
}

/** The keys of the policy's context (ContextSchema): a context with others is the free path's. */
const CONTEXT_KEYS = new Set(["now", "team", "queue", "config"]);

const isObject = (value: unknown): boolean =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function createPolicyAdapter(options: PolicyAdapterOptions): PolicyAdapter {
  const defaults = options.defaults ?? {};
  const version = policyVersion();
  const policies = createPolicies();
  const interned = createInterner();
  const internedItems = (list: unknown) => (Array.isArray(list) ? list.map(interned) : list);
  const withDefaults = (context: Json | undefined) =>
    contextWithDefaults(context, defaults, options.now);

  /**
   * The answer of the context's policy, or of the free function when the context is one a policy
   * does not take as it is or the policy refuses the input: the free function then names every
   * bad field as it always has.
   */
  async function decide<T>(
    context: Json,
    withPolicy: (policy: Policy, call: EvaluateOptions) => Promise<T>,
    free: () => Promise<T>,
  ): Promise<T> {
    const { now, team, queue, config } = context;
    const fits =
      (config === undefined || isObject(config)) &&
      Object.keys(context).every((key) => CONTEXT_KEYS.has(key));
    if (!fits || typeof now !== "string") return free();
    const policy = policies.for(team, config);
    if (!policy) return free();
    try {
      return await withPolicy(policy, {
        now,
        ...(queue === undefined ? {} : { queue: internedItems(queue) as never }),
      });
    } catch (error) {
      if (error instanceof PolicyInputError) return free();
      throw error;
    }
  }

  return {
    version,
    async evaluate(body) {
      const incident = interned(body.incident);
      const ticket = interned(body.ticket);
      const { context } = body;
      const input = {
        incident,
        ...(ticket === undefined ? {} : { ticket }),
        context: withDefaults(context),
      };
      const result = await decide(
        input.context,
        (policy, call) => policy.evaluate(incident as never, ticket as never, call),
        () => evaluate(incident as never, ticket as never, input.context as never),
      );
      return { result, input };
    },
    async evaluateIncident(body) {
      const incident = interned(body.incident);
      const tickets = internedItems(body.tickets);
      const { context } = body;
      const input = { incident, tickets, context: withDefaults(context) };
      const result = await decide(
        input.context,
        (policy, call) => policy.evaluateIncident(incident as never, tickets as never, call),
        () => evaluateIncident(incident as never, tickets as never, input.context as never),
      );
      return { result, input };
    },
    async suggestIncidents({ queue, context }) {
      const given = context ?? {};
      const config = mergeConfig(defaults.config, given.config);
      const input = {
        queue,
        context: {
          ...given,
          now: given.now ?? options.now().toISOString(),
          ...(config === undefined ? {} : { config }),
        },
      };
      return { result: await suggestIncidents(queue as never, input.context as never), input };
    },
    lint({ kind, text, context }) {
      const config = mergeConfig(defaults.config, context?.config);
      const merged = { ...context, ...(config === undefined ? {} : { config }) } as LintContext;
      return { result: lint(kind, text, merged), input: { kind, text, context: merged } };
    },
    matchTickets({ incident, tickets, config }) {
      const merged = mergeConfig(defaults.config, config);
      const input = { incident, tickets, ...(merged === undefined ? {} : { config: merged }) };
      return { result: matchTickets(incident as never, tickets as never, merged as never), input };
    },
    rules: () => ({
      policyVersion: version.label,
      sections: HANDBOOK_SECTIONS.map((section) => ({
        heading: section.heading,
        slug: section.slug,
        ...("implementedBy" in section
          ? {
              implementedBy: section.implementedBy.map(({ duty, rules }) => ({
                duty,
                rules: [...rules],
              })),
            }
          : {}),
        rules: policyRules.filter((rule) => rule.handbook === section.heading),
      })),
      lintRules: lintRules.map((rule) => ({ ...rule })),
    }),
    async warmUp() {
      const at = options.now().toISOString();
      const incident: IncidentInput = {
        id: "warm-up",
        reference: "INC-1",
        number: 1,
        name: "Warm-up",
        severity: "minor",
        security: false,
        status: "active",
        declaredAt: at,
        affectedComponents: [],
        roles: {},
      };
      const ticket: TicketInput = {
        id: "1",
        subject: "Warm-up",
        createdAt: at,
        status: "open",
        tags: [],
      };
      await evaluate(incident, ticket, { now: at, team: [] });
      await evaluate(incident, null, { now: at, team: [] });
      // The configured team's policy is made (and its team and config validated) before the first request.
      if (defaults.team !== undefined) policies.for(defaults.team, defaults.config);
    },
  };
}
