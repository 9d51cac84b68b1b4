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

export function within(
  inner: { start: number; end: number },
  outer: { start: number; end: number },
) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Drops every match that lies inside another one (the earlier of two equal matches stays). */
export function dropContained<T extends { start: number; end: number }>(
  matches: readonly T[],
): T[] {
  return matches.filter(
    (match, index) =>
      !matches.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          within(match, other) &&
          (other.end - other.start > match.end - match.start || otherIndex < index),
      ),
  );
}

/** The matched words as they read in a message: quoted, whitespace collapsed. */
export function quote(words: string): string {
  return `"${words.replace(/\s+/g, " ")}"`;
}
