// Regex building blocks shared by every rule: Unicode-aware word boundaries, readable phrases.

/** A letter, digit or underscore: what a "word boundary" must not touch. */
const WORD_CHAR = "[\\p{L}\\p{N}_]";
export const BEFORE_WORD = `(?<!${WORD_CHAR})`;
export const AFTER_WORD = `(?!${WORD_CHAR})`;

/** Rewrites a phrase source so a space matches any run of whitespace and `'` either apostrophe. */
export function phrase(source: string): string {
  return source.replaceAll(" ", "\\s+").replaceAll("'", "['’]");
}

/**
 * Characters besides ASCII that messages often hold and that are neither letters nor digits nor
 * have a case: curly quotes, dashes, the ellipsis and the no-break space.
 */
export const PLAIN_PUNCTUATION = "\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0";
const PLAIN_TEXT = new RegExp(`^[\\x00-\\x7F${PLAIN_PUNCTUATION}]*$`);

const PLAIN_PROPERTIES: Readonly<Record<string, string>> = {
  L: "A-Za-z",
  Lu: "A-Z",
  Ll: "a-z",
  N: "0-9",
  Nd: "0-9",
};

/**
 * A Unicode regex rewritten for text of ASCII and `PLAIN_PUNCTUATION` only, without the `u` flag:
 * on such text each property class (`\p{L}`, `\p{N}`, ...) holds exactly its ASCII letters or
 * digits, and case folding agrees with the Unicode one, so every match is the same. V8 compiles a
 * property class slowly (hundreds of ranges, case-closed under `i`); the plain twin compiles in a
 * fraction of that. Undefined when the source holds anything the rewrite does not cover.
 */
export function plainTwin(source: string, flags: string): RegExp | undefined {
  if (flags.includes("v")) return undefined;
  let twin = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "p") {
        const name = /^\{(\w+)\}/.exec(source.slice(i + 2))?.[1];
        const ascii = name === undefined ? undefined : PLAIN_PROPERTIES[name];
        if (ascii === undefined || name === undefined) return undefined;
        twin += inClass ? ascii : `[${ascii}]`;
        i += name.length + 3;
        continue;
      }
      // Escapes that could name a character outside the plain set, or whose meaning differs.
      if (next === "P" || next === "k" || next === "c") return undefined;
      if (next === "u" || next === "x") {
        const hex = /^(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(source.slice(i + 1));
        const code = hex ? Number.parseInt((hex[1] ?? hex[2]) as string, 16) : Number.NaN;
        const named = String.fromCharCode(code);
        if (!(code < 0x80 || PLAIN_PUNCTUATION.includes(named))) return undefined;
      }
      twin += char + next;
      i++;
      continue;
    }
    if (char.charCodeAt(0) >= 0x80 && !PLAIN_PUNCTUATION.includes(char)) return undefined;
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    twin += char;
  }
  try {
    return new RegExp(twin, flags.replace("u", ""));
  } catch {
    return undefined;
  }
}

/** Every pattern the lint and ticket matching define (module constants only), so a test can check each twin. */
export const textPatterns: TextPattern[] = [];

/**
 * A Unicode-aware regex that compiles on first use, and on text of ASCII and common punctuation
 * runs as its plain twin (`plainTwin`), which finds the same matches and compiles much faster.
 */
export class TextPattern {
  readonly source: string;
  readonly flags: string;
  #unicode: RegExp | undefined;
  #plain: RegExp | null | undefined;

  constructor(source: string | RegExp, flags?: string) {
    this.source = typeof source === "string" ? source : source.source;
    this.flags = flags ?? (typeof source === "string" ? "" : source.flags);
    textPatterns.push(this);
  }

  /** The regex to run on `text`: the plain twin when the text allows it, else the Unicode one. */
  for(text: string): RegExp {
    if (this.#plain !== null && PLAIN_TEXT.test(text)) {
      this.#plain ??= plainTwin(this.source, this.flags) ?? null;
      if (this.#plain) return this.#plain;
    }
    this.#unicode ??= new RegExp(this.source, this.flags);
    return this.#unicode;
  }

  /** Whether the text holds a match (from the start of the text, whatever the flags). */
  test(text: string): boolean {
    const regex = this.for(text);
    regex.lastIndex = 0;
    return regex.test(text);
  }

  /** The Unicode regex itself, as written. */
  get unicode(): RegExp {
    this.#unicode ??= new RegExp(this.source, this.flags);
    return this.#unicode;
  }
}

/** One case-insensitive pattern that matches any of the phrases as whole words. */
export function wordsRegex(sources: readonly string[], flags = "giu"): TextPattern {
  return new TextPattern(`${BEFORE_WORD}(?:${sources.map(phrase).join("|")})${AFTER_WORD}`, flags);
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

export function findAll(pattern: TextPattern, text: string): Match[] {
  const matches: Match[] = [];
  for (const match of text.matchAll(pattern.for(text))) {
    matches.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return matches;
}

export function contains(pattern: TextPattern, text: string): boolean {
  return text.search(pattern.for(text)) !== -1;
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
