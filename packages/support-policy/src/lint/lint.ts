import { PolicyInputError } from "../errors.js";
import { findLinks } from "./links.js";
import type { LintInput } from "./rule.js";
import { RULES } from "./rules/index.js";
import { statusPageAddresses } from "./status-page.js";
import type {
  Finding,
  LintContext,
  LintKind,
  LintNoticeMeta,
  LintRuleMeta,
  RuleHit,
} from "./types.js";
import { LINT_KINDS, lintInputIssues } from "./validate-context.js";

/** The kinds of text `lint` checks: status page messages, macros and replies. */
export const lintKinds: readonly LintKind[] = LINT_KINDS;

export function isLintKind(value: unknown): value is LintKind {
  return lintKinds.includes(value as LintKind);
}

/** Throws a PolicyInputError naming each bad argument of `lint`. */
export function assertLintInput(kind: unknown, text: unknown, context: unknown): void {
  const issues = lintInputIssues(kind, text, context);
  if (issues.length > 0) {
    throw new PolicyInputError(issues, issues.map((problem) => problem.message).join("\n"));
  }
}

/** Rule metadata, for documentation (POLICY.md renders one section per rule). */
export const lintRules: ReadonlyArray<LintRuleMeta> = Object.freeze(
  RULES.map(({ meta }) => Object.freeze({ ...meta, kinds: [...meta.kinds] })),
);

/** The `info` notices `lint` may report instead of checking a rule, for documentation. */
export const lintNotices: ReadonlyArray<LintNoticeMeta> = Object.freeze(
  RULES.flatMap(({ notChecked }) =>
    notChecked ? [Object.freeze({ ...notChecked.meta, kinds: [...notChecked.meta.kinds] })] : [],
  ),
);

export function lintDocsLink(ruleId: string): string {
  return `POLICY.md#lint-${ruleId}`;
}

/**
 * Checks a customer-facing text (status page update, incident macro or ticket reply) against the
 * handbook. Pure and deterministic: the same text and context always give the same findings, sorted
 * by where they start (then rule id), with findings about the whole text last.
 */
export function lint(kind: LintKind, text: string, context: LintContext = {}): Finding[] {
  assertLintInput(kind, text, context);
  return lintChecked(kind, text, context);
}

/** `lint` on arguments already checked. */
export function lintChecked(kind: LintKind, text: string, context: LintContext): Finding[] {
  const input: LintInput = {
    kind,
    text,
    context,
    links: findLinks(text),
    statusPages: statusPageAddresses(context),
  };
  const findings: Finding[] = [];
  for (const { meta, check, notChecked } of RULES) {
    if (!meta.kinds.includes(kind)) continue;
    const notice = notChecked?.notice(input);
    if (notChecked && notice) {
      findings.push(noticeFinding(notChecked.meta, notice));
      continue;
    }
    for (const hit of check(input)) {
      findings.push({
        rule: meta.id,
        severity: meta.severity,
        message: hit.message,
        ...(hit.span && { span: hit.span }),
        ...(hit.suggestion !== undefined && { suggestion: hit.suggestion }),
        docs: lintDocsLink(meta.id),
      });
    }
  }
  return findings.sort(compareFindings);
}

function noticeFinding(meta: LintNoticeMeta, notice: RuleHit): Finding {
  return {
    rule: meta.id,
    severity: "info",
    message: notice.message,
    ...(notice.suggestion !== undefined && { suggestion: notice.suggestion }),
    docs: lintDocsLink(meta.skippedRule),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.span && b.span) {
    return (
      a.span[0] - b.span[0] ||
      compareText(a.rule, b.rule) ||
      a.span[1] - b.span[1] ||
      compareText(a.message, b.message)
    );
  }
  if (a.span) return -1;
  if (b.span) return 1;
  return compareText(a.rule, b.rule) || compareText(a.message, b.message);
}
