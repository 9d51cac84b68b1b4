import type { ClusterFacts, ConfigFacts, IncidentFacts, TicketFacts } from "../facts/catalogue.js";
import type { Action, Owner } from "../schemas/decision.js";
import type { IncidentStatus } from "../schemas/incident.js";
import type { HandbookSection } from "./sections.js";

export type Operator =
  | "equal"
  | "notEqual"
  | "lessThan"
  | "lessThanInclusive"
  | "greaterThan"
  | "greaterThanInclusive"
  | "in"
  | "notIn";

/** A json-rules-engine condition over the named facts; a value may name another fact. */
export type Condition<Fact extends string> =
  | {
      fact: Fact;
      operator: Operator;
      value: boolean | number | string | string[] | { fact: Fact };
    }
  | { all: Condition<Fact>[] }
  | { any: Condition<Fact>[] };

export type TopLevelCondition<Fact extends string> =
  | { all: Condition<Fact>[] }
  | { any: Condition<Fact>[] };

export type IncidentFactName = keyof IncidentFacts | keyof ConfigFacts;
export type TicketFactName = keyof TicketFacts | keyof ConfigFacts;
export type ClusterFactName = keyof ClusterFacts | keyof ConfigFacts;

interface RuleMetadata {
  /** Stable id; also the anchor of the rule in POLICY.md. */
  id: string;
  /** The exact `##` heading of the handbook section the rule enforces. */
  handbook: HandbookSection;
  /**
   * The incident statuses the rule applies to; in any other status it never fires. A cluster
   * rule, which runs before any incident exists, has none (`BEFORE_ANY_INCIDENT`).
   */
  statuses: readonly IncidentStatus[];
  /** Higher runs and sorts first. */
  priority: number;
  action: Action;
  owner: Owner;
  /** A blocking decision means: do not go ahead until it is settled. */
  blocking: boolean;
  /** One sentence with `{placeholders}` filled from the incident, config and details. */
  summary: string;
  /** Plain-words explanation for the docs. */
  description: string;
}

export interface IncidentRule extends RuleMetadata {
  level: "incident";
  conditions: TopLevelCondition<IncidentFactName>;
  event: { type: Action };
}

export interface TicketRule extends RuleMetadata {
  level: "ticket";
  conditions: TopLevelCondition<TicketFactName>;
  event: { type: Action };
}

/** A rule about the queue before any incident explains it, run once per cluster of tickets. */
export interface ClusterRule extends RuleMetadata {
  level: "cluster";
  conditions: TopLevelCondition<ClusterFactName>;
  event: { type: Action };
}

/** One rule: plain data in json-rules-engine's format plus the metadata the docs need. */
export type RuleDefinition = IncidentRule | TicketRule | ClusterRule;
