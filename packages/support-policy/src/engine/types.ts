import type { Reason } from "../schemas/reason.js";

/** The comparison operators a rule may use (json-rules-engine's defaults of that name). */
export type Operator =
  | "equal"
  | "notEqual"
  | "lessThan"
  | "lessThanInclusive"
  | "greaterThan"
  | "greaterThanInclusive"
  | "in"
  | "notIn";

/** One comparison of a fact; the value may name another fact (a config value, say). */
export interface FactCondition<Fact extends string = string> {
  fact: Fact;
  operator: Operator;
  value: boolean | number | string | readonly string[] | { fact: Fact };
}

/**
 * json-rules-engine condition JSON over named facts: comparisons, `all` and `any`, and references
 * to named conditions (json-rules-engine's `setCondition`).
 */
export type Condition<Fact extends string = string, Named extends string = string> =
  | FactCondition<Fact>
  | { all: readonly Condition<Fact, Named>[] }
  | { any: readonly Condition<Fact, Named>[] }
  | { condition: Named };

export type TopLevelCondition<Fact extends string = string, Named extends string = string> =
  | { all: readonly Condition<Fact, Named>[] }
  | { any: readonly Condition<Fact, Named>[] };

/** A rule as an engine sees it: an id, a priority (higher runs first) and its conditions. */
export interface EngineRule {
  id: string;
  priority: number;
  conditions: TopLevelCondition;
}

/** What an engine is built from: the rules of one level and the named conditions they use. */
export interface RuleSet {
  rules: readonly EngineRule[];
  conditions: Readonly<Record<string, TopLevelCondition>>;
}

/** A rule whose conditions held, with the conditions that held and their actual values. */
export interface FiredRule {
  ruleId: string;
  because: Reason[];
}

/** Facts by name: the own enumerable properties of a plain object. */
export type Facts = Readonly<Record<string, unknown>>;

/**
 * The one seam between the policy and whatever evaluates rules: built once per rule set, then run
 * for every set of facts. A run may answer synchronously (the compiled engine) or with a promise
 * (json-rules-engine); callers await it either way.
 */
export interface RuleEngine {
  run(facts: Facts): FiredRule[] | Promise<FiredRule[]>;
}

export type RuleEngineFactory = (ruleSet: RuleSet) => RuleEngine;

/** The evaluators `createPolicy` can use. */
export const ENGINES = ["compiled", "json-rules-engine"] as const;
export type EngineName = (typeof ENGINES)[number];
