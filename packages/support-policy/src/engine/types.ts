import type { RuleDefinition } from "../rules/types.js";
import type { Reason } from "../schemas/decision.js";

/** A rule whose conditions held, with the conditions that held and their actual values. */
export interface FiredRule {
  ruleId: string;
  because: Reason[];
}

/**
 * The one seam between the policy and whatever evaluates rules: build it once per rule set,
 * then run it for every set of facts.
 */
export interface RuleEngine {
  run(facts: Readonly<Record<string, unknown>>): Promise<FiredRule[]>;
}

export type RuleEngineFactory = (rules: readonly RuleDefinition[]) => RuleEngine;
