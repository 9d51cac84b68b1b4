// The rules by level and the action lists, all derived from the rule definitions.
import type { ClusterRule, IncidentRule, TicketRule } from "./define-rule.js";
import { RULES } from "./index.js";

export type AnyRule = (typeof RULES)[number];
export type Action = AnyRule["action"];
type OfLevel<L> = Extract<AnyRule, { level: L }>;

export const INCIDENT_RULES = RULES.filter(
  (rule): rule is OfLevel<"incident"> => rule.level === "incident",
) satisfies readonly IncidentRule[];
export const TICKET_RULES = RULES.filter(
  (rule): rule is OfLevel<"ticket"> => rule.level === "ticket",
) satisfies readonly TicketRule[];
export const CLUSTER_RULES = RULES.filter(
  (rule): rule is OfLevel<"cluster"> => rule.level === "cluster",
) satisfies readonly ClusterRule[];

/** Decisions about an incident as a whole. */
export const INCIDENT_ACTIONS: ReadonlyArray<OfLevel<"incident">["action"]> = INCIDENT_RULES.map(
  (rule) => rule.action,
);
/** Decisions about one ticket of an incident. */
export const TICKET_ACTIONS: ReadonlyArray<OfLevel<"ticket">["action"]> = TICKET_RULES.map(
  (rule) => rule.action,
);
/** Decisions about the queue before any incident covers it. */
export const QUEUE_ACTIONS: ReadonlyArray<OfLevel<"cluster">["action"]> = CLUSTER_RULES.map(
  (rule) => rule.action,
);
export const ACTIONS: readonly Action[] = RULES.map((rule) => rule.action);

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(
  RULES.map((rule) => [rule.id, rule]),
);
