import { Engine, type RuleProperties, type TopLevelConditionResult } from "json-rules-engine";
import { conditionsWithStatus } from "../rules/statuses.js";
import type { RuleDefinition } from "../rules/types.js";
import type { Reason } from "../schemas/decision.js";
import type { RuleEngine } from "./types.js";

type ConditionResult =
  | TopLevelConditionResult
  | {
      fact: string;
      operator: string;
      value: unknown;
      factResult?: unknown;
      valueResult?: unknown;
      result?: boolean;
    };

/** The leaf conditions that held, in rule order, with the values the engine compared. */
function heldConditions(condition: ConditionResult, into: Reason[] = []): Reason[] {
  if ("all" in condition) for (const child of condition.all) heldConditions(child, into);
  else if ("any" in condition) for (const child of condition.any) heldConditions(child, into);
  else if ("fact" in condition && condition.result === true) {
    const value = condition.value;
    const reason: Reason = {
      fact: condition.fact,
      operator: condition.operator,
      value: condition.valueResult ?? value,
      actual: condition.factResult,
    };
    if (typeof value === "object" && value !== null && "fact" in value) {
      reason.valueFrom = String(value.fact);
    }
    into.push(reason);
  }
  return into;
}

const toEngineRule = (rule: RuleDefinition): RuleProperties => ({
  name: rule.id,
  priority: rule.priority,
  // The engine annotates conditions while it runs, so it gets its own copy of the data.
  conditions: structuredClone(conditionsWithStatus(rule)) as RuleProperties["conditions"],
  event: { type: rule.action },
});

/** The json-rules-engine implementation: one Engine per rule set, reused for every run. */
export function createJsonRulesEngine(rules: readonly RuleDefinition[]): RuleEngine {
  const engine = new Engine(rules.map(toEngineRule), { allowUndefinedFacts: false });
  return {
    async run(facts) {
      const { results } = await engine.run({ ...facts });
      return results.map((result) => ({
        ruleId: result.name,
        because: heldConditions(result.conditions),
      }));
    },
  };
}
