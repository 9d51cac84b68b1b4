import type { Link } from "./links.js";
import type { Address } from "./status-page.js";
import type { LintContext, LintKind, LintNoticeMeta, LintRuleMeta, RuleHit } from "./types.js";

/** Everything a rule may look at; links and status page addresses are worked out once per call. */
export interface LintInput {
  kind: LintKind;
  text: string;
  context: LintContext;
  links: readonly Link[];
  statusPages: readonly Address[];
}

export interface LintRule {
  meta: Readonly<LintRuleMeta>;
  /**
   * For a rule that reads the context rather than the text: the notice reported instead of
   * checking when the context lacks what it reads (a finding the user could not fix in the text).
   */
  notChecked?: {
    meta: Readonly<LintNoticeMeta>;
    /** The notice when the rule cannot be checked, else undefined (and the rule runs). */
    notice(input: LintInput): RuleHit | undefined;
  };
  check(input: LintInput): RuleHit[];
}
