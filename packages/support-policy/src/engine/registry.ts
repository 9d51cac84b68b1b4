import { ruleSetOf } from "../rules/rule-sets.js";
import { createCompiledEngine } from "./compiled.js";
import type { EngineName, RuleEngine, RuleEngineFactory } from "./types.js";

/** json-rules-engine itself, loaded on its first run: a policy on the compiled engine never loads it. */
const jsonRulesEngineOnDemand: RuleEngineFactory = (ruleSet) => {
  let engine: Promise<RuleEngine> | undefined;
  return {
    async run(facts) {
      engine ??= import("./json-rules-engine.js").then((module) =>
        module.createJsonRulesEngine(ruleSet),
      );
      return (await engine).run(facts);
    },
  };
};

const FACTORIES: Record<EngineName, RuleEngineFactory> = {
  compiled: createCompiledEngine,
  "json-rules-engine": jsonRulesEngineOnDemand,
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
