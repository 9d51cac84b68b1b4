import type { Condition, EngineRule, RuleSet, TopLevelCondition } from "../engine/types.js";
import { INCIDENT_CONDITIONS, statusCondition, TICKET_CONDITIONS } from "./conditions.js";
import type { Level, RuleDefinition } from "./define-rule.js";
import { RULES } from "./index.js";

/**
 * The conditions an engine runs for a rule: its status check first, then its own conditions, so
 * every decision's `because` starts with the status it applied in. A cluster rule has no
 * incident, so no status check.
 */
export function engineRule(rule: RuleDefinition): EngineRule {
  const own = rule.conditions as { all: readonly Condition[] } | { any: readonly Condition[] };
  const conditions: readonly Condition[] = "all" in own ? own.all : [own];
  if (rule.level === "cluster")
    return { id: rule.id, priority: rule.priority, conditions: { all: conditions } };
  const named = statusCondition(rule.statuses);
  const status: Condition = named
    ? { condition: named }
    : { fact: "status", operator: "in", value: [...rule.statuses] };
  return { id: rule.id, priority: rule.priority, conditions: { all: [status, ...conditions] } };
}

const NAMED: Record<Level, Readonly<Record<string, { conditions: TopLevelCondition }>>> = {
  incident: INCIDENT_CONDITIONS,
  ticket: TICKET_CONDITIONS,
  cluster: {},
};

/** The rules of one level as an engine is built from them. */
export function ruleSetOf(level: Level, rules: readonly RuleDefinition[] = RULES): RuleSet {
  return {
    rules: rules.filter((rule) => rule.level === level).map(engineRule),
    conditions: Object.fromEntries(
      Object.entries(NAMED[level]).map(([name, named]) => [name, named.conditions]),
    ),
  };
}
