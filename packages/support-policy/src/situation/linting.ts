import { type Finding, type LintContext, type LintKind, lintChecked } from "../lint/index.js";
import { BoundedCache } from "./cache.js";

const freeze = (finding: Finding): Finding => {
  if (finding.span) Object.freeze(finding.span);
  return Object.freeze(finding);
};

/**
 * Lint results by text, for one policy: the same status page message, macro or draft is linted
 * once however many evaluations read it. The findings are frozen, since every reader shares them.
 */
export class LintMemo {
  readonly #byContext = new BoundedCache<string, BoundedCache<string, readonly Finding[]>>(32);

  lint(kind: LintKind, text: string, context: LintContext, contextKey: string): readonly Finding[] {
    const texts = this.#byContext.through(contextKey, () => new BoundedCache(512));
    const tags = context.tags === undefined ? "" : JSON.stringify(context.tags);
    return texts.through(`${kind}\u0000${tags}\u0000${text}`, () =>
      Object.freeze(lintChecked(kind, text, context).map(freeze)),
    );
  }
}

/** Only error-level findings make a decision; warnings ride along in its details. */
export const errorCount = (findings: readonly Finding[]): number => {
  let errors = 0;
  for (const finding of findings) if (finding.severity === "error") errors++;
  return errors;
};

/** A finding as decision details carry it: a copy, so a reader may change it freely. */
export const findingCopy = (finding: Finding): Finding =>
  finding.span ? { ...finding, span: [finding.span[0], finding.span[1]] } : { ...finding };
