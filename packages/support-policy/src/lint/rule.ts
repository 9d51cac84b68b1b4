import type { Link } from "./links.js";
import type { Address } from "./status-page.js";
import type { LintContext, LintKind, LintRuleMeta, RuleHit } from "./types.js";

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
  check(input: LintInput): RuleHit[];
}
