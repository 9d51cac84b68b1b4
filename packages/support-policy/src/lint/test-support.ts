// Shared by the rule tests: run the public `lint` and keep one rule's findings.
import { lint } from "./lint.js";
import type { Finding, LintContext, LintKind } from "./types.js";

export function findingsOf(
  rule: string,
  kind: LintKind,
  text: string,
  context?: LintContext,
): Finding[] {
  return lint(kind, text, context).filter((finding) => finding.rule === rule);
}

/** The words each finding points at, in order. */
export function flaggedWords(findings: readonly Finding[], text: string): string[] {
  return findings.flatMap((finding) => (finding.span ? [text.slice(...finding.span)] : []));
}
