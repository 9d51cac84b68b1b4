export { isLintKind, lint, lintDocsLink, lintKinds, lintNotices, lintRules } from "./lint.js";
export type {
  Finding,
  FindingSeverity,
  LintConfig,
  LintContext,
  LintKind,
  LintNoticeMeta,
  LintRuleMeta,
  LintSeverity,
} from "./types.js";
