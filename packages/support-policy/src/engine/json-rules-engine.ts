import { Engine, type RuleProperties, type TopLevelConditionResult } from "json-rules-engine";
import type { Reason } from "../schemas/reason.js";
import { reasonOf } from "./reasons.js";
import type { RuleEngine, RuleSet } from "./types.js";

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
    into.push(
      reasonOf(
        condition.fact,
        condition.operator,
        condition.value,
        condition.valueResult,
        condition.factResult,
      ),
    );
  }
  return into;
}

// The engine annotates conditions while it runs, so it gets its own copy of the data.
const copy = <T>(value: T): T => structuredClone(value);

/**
 * The reference evaluator: json-rules-engine itself, one Engine per rule set reused for every run,
 * named conditions registered with `setCondition`.
 */
export function createJsonRulesEngine(ruleSet: RuleSet): RuleEngine {
  const engine = new Engine(
    ruleSet.rules.map(
      (rule): RuleProperties => ({
        name: rule.id,
        priority: rule.priority,
        conditions: copy(rule.conditions) as RuleProperties["conditions"],
        event: { type: rule.id },
      }),
    ),
    { allowUndefinedFacts: false },
  );
  for (const [name, conditions] of Object.entries(ruleSet.conditions)) {
    engine.setCondition(name, copy(conditions) as RuleProperties["conditions"]);
  }
  return {
    async run(facts) {
      const { results } = await engine.run({ ...facts });
      return results.map((result) => ({
        ruleId: String(result.name),
        because: heldConditions(result.conditions),
      }));
    },
  };
}
