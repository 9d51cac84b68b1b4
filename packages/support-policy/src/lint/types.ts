export type LintKind = "status_page" | "macro" | "reply";

export type LintSeverity = "error" | "warning";

/**
 * A finding's severity: a rule's own, or `info` for a notice about the check itself (something
 * that could not be checked), which never counts against the text.
 */
export type FindingSeverity = LintSeverity | "info";

export interface Finding {
  /** The rule's id, or the notice's id for an `info` finding. */
  rule: string;
  severity: FindingSeverity;
  message: string;
  /** `[start, end)` in UTF-16 offsets into the linted text. */
  span?: [number, number];
  suggestion?: string;
  docs: string;
}

export interface LintConfig {
  /** Extra jargon terms, on top of the built-in list. */
  jargon?: string[];
  /** Product names that never count as jargon (or as a vendor being blamed). */
  allowedTerms?: string[];
  statusPageUrl?: string;
  internalDomains?: string[];
}

export interface LintContext {
  incident?: {
    number?: number;
    status?: string;
    affectedComponents?: string[];
    statusPage?: { url?: string };
    macro?: { tags?: string[] };
  };
  /** The macro's tags (merged with `incident.macro.tags`). */
  tags?: string[];
  config?: LintConfig;
}

export interface LintRuleMeta {
  id: string;
  kinds: LintKind[];
  severity: LintSeverity;
  /** The handbook section (by heading) or external guideline the rule comes from. */
  source: string;
  description: string;
}

/** A notice `lint` may add as an `info` finding: what it could not check, and why. */
export interface LintNoticeMeta {
  id: string;
  kinds: LintKind[];
  /** The rule that was skipped; the notice's docs link points at it. */
  skippedRule: string;
  description: string;
}

/** What a rule reports; `lint` adds the rule id, severity and docs link. */
export interface RuleHit {
  message: string;
  span?: [number, number];
  suggestion?: string;
}
