// Regex building blocks shared by every rule: Unicode-aware word boundaries, readable phrases.

/** A letter, digit or underscore: what a "word boundary" must not touch. */
const WORD_CHAR = "[\\p{L}\\p{N}_]";
export const BEFORE_WORD = `(?<!${WORD_CHAR})`;
export const AFTER_WORD = `(?!${WORD_CHAR})`;

/** Rewrites a phrase source so a space matches any run of whitespace and `'` either apostrophe. */
export function phrase(source: string): string {
  return source.replaceAll(" ", "\\s+").replaceAll("'", "['’]");
}

/** One case-insensitive regex that matches any of the phrases as whole words. */
export function wordsRegex(sources: readonly string[], flags = "giu"): RegExp {
  return new RegExp(`${BEFORE_WORD}(?:${sources.map(phrase).join("|")})${AFTER_WORD}`, flags);
}

/** Escapes user-supplied text (config terms) for use inside a regex. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A user-supplied term as a phrase source: literal text, flexible whitespace and apostrophes. */
export function literalPhrase(term: string): string {
  return escapeRegExp(term.trim()).split(/\s+/).join(" ");
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function findAll(regex: RegExp, text: string): Match[] {
  const matches: Match[] = [];
  for (const match of text.matchAll(regex)) {
    matches.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return matches;
}

export function contains(regex: RegExp, text: string): boolean {
  return text.search(regex) !== -1;
}

interface Span {
  start: number;
  end: number;
}

/** True when `inner` lies inside one of `outers` (a product name, a link, ...). */
export function insideAny(inner: Span, outers: readonly Span[]): boolean {
  return outers.some((outer) => outer.start <= inner.start && inner.end <= outer.end);
}

/** Drops every match that lies inside another one (the earlier of two equal matches stays). */
export function dropContained<T extends Span>(matches: readonly T[]): T[] {
  // By start, longest first: a match ending before the furthest end so far lies inside a kept one.
  const ordered = matches
    .map((match, index) => ({ match, index }))
    .sort(
      (a, b) => a.match.start - b.match.start || b.match.end - a.match.end || a.index - b.index,
    );
  const kept: T[] = [];
  let reach = -1;
  for (const { match } of ordered) {
    if (match.end <= reach) continue;
    kept.push(match);
    reach = match.end;
  }
  return kept;
}

/** The matched words as they read in a message: quoted, whitespace collapsed. */
export function quote(words: string): string {
  return `"${words.replace(/\s+/g, " ")}"`;
}
