// @support/policy: the support incident-response handbook as explained decisions.

export type { PersonRef } from "./details/words.js";
export {
  type Condition,
  ENGINES,
  type EngineName,
  type FactCondition,
  type FiredRule,
  type RuleEngine,
  type RuleEngineFactory,
  type RuleSet,
} from "./engine/types.js";
export { type InputIssue, type InputName, PolicyInputError } from "./errors.js";
export { evaluate, evaluateIncident } from "./evaluate.js";
export { FACT_DESCRIPTIONS, type FactName } from "./facts/index.js";
export {
  type Finding,
  type FindingSeverity,
  type LintConfig,
  type LintContext,
  type LintKind,
  type LintNoticeMeta,
  lint,
  lintKinds,
  lintNotices,
  lintRules,
} from "./lint/index.js";
export {
  incidentTag,
  type MatchReason,
  type MatchReasonKind,
  matchTickets,
  type TicketMatch,
} from "./match-tickets.js";
export {
  createPolicy,
  type EvaluateOptions,
  type Policy,
  type PolicyOptions,
  type QueueOption,
} from "./policy/create-policy.js";
export type { Clock } from "./policy/now.js";
export { NAMED_CONDITIONS } from "./rules/conditions.js";
export type { RuleDefinition } from "./rules/define-rule.js";
export { policyRules, type RuleSummary } from "./rules/metadata.js";
export { IN_HOURS_REPLY_ORDER, OUT_OF_HOURS_REPLIES } from "./rules/reply-order.js";
export { HANDBOOK_SECTIONS, type HandbookSection } from "./rules/sections.js";
export { IMPACT_OVER as IMPACT_OVER_STATUSES, LIVE as LIVE_STATUSES } from "./rules/statuses.js";
export * from "./schemas/index.js";
export { suggestIncidents } from "./suggest/suggest-incidents.js";
export {
  type Coverage,
  coverageAt,
  DEFAULT_WORKING_HOURS,
  type InstantLike,
  isWorking,
  minutesLeftInShift,
  nextStart,
  type OnShift,
  type Upcoming,
  workingMinutesAhead,
} from "./time/index.js";
