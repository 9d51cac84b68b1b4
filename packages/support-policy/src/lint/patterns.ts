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

/**
 * A test of whether a span lies inside one of `outers` (a product name, a link, ...), built once for many spans: the outers by
 * start, each with the furthest end reached so far, searched by halves.
 */
export function within(outers: readonly Span[]): (inner: Span) => boolean {
  if (outers.length === 0) return () => false;
  const sorted = [...outers].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  for (const outer of sorted) {
    furthest = Math.max(furthest, outer.end);
    reach.push(furthest);
  }
  return (inner) => {
    // The last outer starting at or before the inner span.
    let low = 0;
    let high = sorted.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] as Span).start <= inner.start) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && (reach[found] as number) >= inner.end;
  };
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
