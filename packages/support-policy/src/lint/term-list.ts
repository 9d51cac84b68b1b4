// A configured term list (extra jargon, allowed product names) matched in time linear in the text:
// a trie of the terms walked from each word start, instead of one alternation regex, which a long
// list would make too large to compile.
import type { Match } from "./patterns.js";
import type { LintContext } from "./types.js";

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SPACE = /\s/u;

interface Node {
  next: Map<string, Node>;
  /** A term ends here. */
  end: boolean;
}

/** How text and terms are compared: case folded, any run of whitespace as one space, ’ as '. */
const fold = (char: string): string => (char === "’" ? "'" : char.toLowerCase());

// Most text is ASCII: its classes are looked up, not tested with a regex per character.
const ASCII_WORD = new Uint8Array(128);
const ASCII_SPACE = new Uint8Array(128);
const ASCII_FOLDED: string[] = [];
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_WORD[code] = WORD_CHAR.test(char) ? 1 : 0;
  ASCII_SPACE[code] = SPACE.test(char) ? 1 : 0;
  ASCII_FOLDED.push(fold(char));
}
const isWord = (char: string, code: number) =>
  code < 128 ? ASCII_WORD[code] === 1 : WORD_CHAR.test(char);
const isSpace = (char: string, code: number) =>
  code < 128 ? ASCII_SPACE[code] === 1 : SPACE.test(char);

type Folded = ReturnType<typeof foldText>;
// One lint call reads the same text for every list (jargon, allowed terms, twice): fold it once.
let lastText: string | undefined;
let lastFolded: Folded | undefined;
function folded(text: string): Folded {
  if (text !== lastText || !lastFolded) {
    lastFolded = foldText(text);
    lastText = text;
  }
  return lastFolded;
}

/** The text as folded characters, each with where it starts and ends in the original. */
function foldText(text: string) {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const word: boolean[] = [];
  let offset = 0;
  for (const char of text) {
    const end = offset + char.length;
    const code = char.charCodeAt(0);
    if (isSpace(char, code)) {
      const last = chars.length - 1;
      if (chars[last] === " ") ends[last] = end;
      else {
        chars.push(" ");
        starts.push(offset);
        ends.push(end);
        word.push(false);
      }
    } else {
      chars.push(code < 128 ? (ASCII_FOLDED[code] as string) : fold(char));
      starts.push(offset);
      ends.push(end);
      word.push(isWord(char, code));
    }
    offset = end;
  }
  return { chars, starts, ends, word };
}

/** The terms as a trie of folded characters; blank terms are left out (they would match anywhere). */
export class TermMatcher {
  readonly #root: Node = { next: new Map(), end: false };
  readonly size: number;

  constructor(terms: readonly string[]) {
    let size = 0;
    for (const term of terms) {
      const { chars } = foldText(term.trim());
      if (chars.length === 0) continue;
      let node = this.#root;
      for (const char of chars) {
        let child = node.next.get(char);
        if (!child) {
          child = { next: new Map(), end: false };
          node.next.set(char, child);
        }
        node = child;
      }
      node.end = true;
      size++;
    }
    this.size = size;
  }

  /**
   * Every whole-word occurrence, left to right, not overlapping: at each place the longest term
   * that fits wins, as an alternation of the terms longest first would choose.
   */
  findAll(text: string): Match[] {
    const { chars, starts, ends, word } = folded(text);
    const matches: Match[] = [];
    let i = 0;
    while (i < chars.length) {
      if (i > 0 && word[i - 1]) {
        i++;
        continue;
      }
      let node: Node | undefined = this.#root;
      let last = -1;
      for (let j = i; node && j < chars.length; j++) {
        node = node.next.get(chars[j] as string);
        // A term ends at j when nothing word-like follows it.
        if (node?.end && !word[j + 1]) last = j;
      }
      if (last < 0) {
        i++;
        continue;
      }
      const start = starts[i] as number;
      const end = ends[last] as number;
      matches.push({ start, end, text: text.slice(start, end) });
      i = last + 1;
    }
    return matches;
  }
}

const MAX_CACHED = 64;
const byList = new WeakMap<readonly string[], TermMatcher | undefined>();
const byContent = new Map<string, TermMatcher | undefined>();

/**
 * The matcher of a configured term list, built once per list; `undefined` when it holds no term.
 * Terms match whole words, case-insensitively, any whitespace between their words.
 */
export function termMatcher(terms: readonly string[] | undefined): TermMatcher | undefined {
  if (terms === undefined || terms.length === 0) return undefined;
  if (byList.has(terms)) return byList.get(terms);
  const key = JSON.stringify(terms);
  let matcher = byContent.get(key);
  if (matcher === undefined && !byContent.has(key)) {
    const built = new TermMatcher(terms);
    matcher = built.size > 0 ? built : undefined;
    if (byContent.size >= MAX_CACHED) byContent.clear();
    byContent.set(key, matcher);
  }
  byList.set(terms, matcher);
  return matcher;
}

/** Where the configured `allowedTerms` (product names) occur; nothing inside them is flagged. */
export function allowedTermSpans(text: string, context: LintContext): Match[] {
  return termMatcher(context.config?.allowedTerms)?.findAll(text) ?? [];
}
