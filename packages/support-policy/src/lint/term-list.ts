import { findAll, literalPhrase, type Match, wordsRegex } from "./patterns.js";
import type { LintContext } from "./types.js";

const MAX_CACHED = 64;
const cache = new Map<string, RegExp | undefined>();

/**
 * One whole-word, case-insensitive regex for a configured term list, compiled once per distinct
 * list. Blank terms are ignored (they would match everywhere); `undefined` when nothing is left.
 */
export function termListRegex(terms: readonly string[] | undefined): RegExp | undefined {
  if (terms === undefined || terms.length === 0) return undefined;
  const key = JSON.stringify(terms);
  if (cache.has(key)) return cache.get(key);
  const sources = terms
    .filter((term) => term.trim() !== "")
    .sort((a, b) => b.length - a.length)
    .map(literalPhrase);
  const regex = sources.length === 0 ? undefined : wordsRegex(sources);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, regex);
  return regex;
}

/** Where the configured `allowedTerms` (product names) occur; nothing inside them is flagged. */
export function allowedTermSpans(text: string, context: LintContext): Match[] {
  const allowed = termListRegex(context.config?.allowedTerms);
  return allowed ? findAll(allowed, text) : [];
}
