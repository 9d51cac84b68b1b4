export {
  assertLintInput,
  isLintKind,
  lint,
  lintChecked,
  lintDocsLink,
  lintKinds,
  lintNotices,
  lintRules,
} from "./lint.js";
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
