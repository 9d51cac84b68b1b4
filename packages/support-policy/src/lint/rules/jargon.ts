import { dropContained, quote, within, wordsRegex } from "../patterns.js";
import type { LintRule } from "../rule.js";
import { handbookSection } from "../sources.js";
import { allowedTermSpans, termMatcher } from "../term-list.js";
import { BUILT_IN_JARGON, EXTRA_TERM_SUGGESTION } from "./jargon-terms.js";

// One capturing group per built-in term, so a match tells which suggestion applies.
const BUILT_IN = wordsRegex(BUILT_IN_JARGON.map((term) => `(${term.pattern})`));

interface JargonMatch {
  start: number;
  end: number;
  text: string;
  suggestion: string;
}

function builtInMatches(text: string): JargonMatch[] {
  return [...text.matchAll(BUILT_IN.for(text))].map((match) => {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    return {
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      suggestion: BUILT_IN_JARGON[group - 1]?.suggestion ?? EXTRA_TERM_SUGGESTION,
    };
  });
}

export const jargon: LintRule = {
  meta: {
    id: "jargon",
    kinds: ["status_page", "macro", "reply"],
    severity: "error",
    source: handbookSection("Using the status page"),
    description:
      "Flags engineering terms a customer cannot act on (error rates, latency, clusters, deploys, " +
      "database names and more, plus the configured `jargon`), except the configured `allowedTerms` " +
      "and words inside web addresses.",
  },
  check({ text, context, links }) {
    const extra = termMatcher(context.config?.jargon);
    // Product names and web addresses are not prose: words inside them are not jargon.
    const skipped = within([...allowedTermSpans(text, context), ...links]);
    const matches = [
      ...builtInMatches(text),
      ...(extra?.findAll(text).map((m) => ({ ...m, suggestion: EXTRA_TERM_SUGGESTION })) ?? []),
    ];
    return dropContained(matches)
      .filter((match) => !skipped(match))
      .map((match) => ({
        message: `${quote(match.text)} is engineering jargon that customers can't act on.`,
        span: [match.start, match.end],
        suggestion: match.suggestion,
      }));
  },
};
