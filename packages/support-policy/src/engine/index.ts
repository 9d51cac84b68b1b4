export { createJsonRulesEngine } from "./json-rules-engine.js";
export type { FiredRule, RuleEngine, RuleEngineFactory } from "./types.js";
