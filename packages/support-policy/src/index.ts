// @support/policy: the support incident-response handbook as explained decisions.

export type { FiredRule, RuleEngine } from "./engine/types.js";
export { type InputIssue, type InputName, PolicyInputError } from "./errors.js";
export { evaluate, evaluateIncident, type IncidentEvaluation } from "./evaluate.js";
export { FACT_DESCRIPTIONS } from "./facts/catalogue.js";
export {
  type Finding,
  type FindingSeverity,
  type LintConfig,
  type LintContext,
  type LintKind,
  type LintNoticeMeta,
  lint,
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
export { policyRules, type RuleSummary } from "./rules/metadata.js";
export { HANDBOOK_SECTIONS, type HandbookSection } from "./rules/sections.js";
export type { IncidentRule, RuleDefinition, TicketRule } from "./rules/types.js";
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
