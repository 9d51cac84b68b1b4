export type LintKind = "status_page" | "macro" | "reply";

export type LintSeverity = "error" | "warning";

export interface Finding {
  rule: string;
  severity: LintSeverity;
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

/** What a rule reports; `lint` adds the rule id, severity and docs link. */
export interface RuleHit {
  message: string;
  span?: [number, number];
  suggestion?: string;
}
