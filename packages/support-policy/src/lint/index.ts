export { isLintKind, lint, lintDocsLink, lintKinds, lintRules } from "./lint.js";
export type {
  Finding,
  LintConfig,
  LintContext,
  LintKind,
  LintRuleMeta,
  LintSeverity,
} from "./types.js";
