import { ruleSetOf } from "../rules/rule-sets.js";
import { createCompiledEngine } from "./compiled.js";
import { createJsonRulesEngine } from "./json-rules-engine.js";
import type { EngineName, RuleEngine, RuleEngineFactory } from "./types.js";

const FACTORIES: Record<EngineName, RuleEngineFactory> = {
  compiled: createCompiledEngine,
  "json-rules-engine": createJsonRulesEngine,
};

/** One engine per rule set. */
export interface LevelEngines {
  incident: RuleEngine;
  ticket: RuleEngine;
  cluster: RuleEngine;
}

// Built on first use and shared: the rules are the same for every policy.
const built = new Map<EngineName, LevelEngines>();

export function enginesFor(name: EngineName): LevelEngines {
  let engines = built.get(name);
  if (!engines) {
    const create = FACTORIES[name];
    engines = {
      incident: create(ruleSetOf("incident")),
      ticket: create(ruleSetOf("ticket")),
      cluster: create(ruleSetOf("cluster")),
    };
    built.set(name, engines);
  }
  return engines;
}
