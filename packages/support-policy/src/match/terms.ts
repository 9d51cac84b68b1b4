// A text (a ticket subject, an incident name) as normalised terms: words by their Porter2 stem,
// vocabulary phrases by their concept, hyphenated and split compounds joined.
/// <reference path="../types/wink-porter2-stemmer.d.ts" />
import stemWord from "wink-porter2-stemmer";
import { FUNCTION_WORDS, GENERIC_GROUPS, GENERIC_PRODUCT_WORDS, NEGATIONS } from "./vocabulary.js";

export interface Token {
  /** As written. */
  surface: string;
  /** Lower case, without apostrophes or a possessive 's. */
  norm: string;
  stem: string;
  start: number;
  end: number;
  /** Two to four letters with a capital after the first (SSO, API, 2FA, iOS), in a text that is not all capitals. */
  acronym: boolean;
}

/**
 * `topic`: a specific word or product area; `generic`: a product word every product has;
 * `symptom`: what the customer reports as wrong.
 */
export type TermKind = "topic" | "generic" | "symptom";

export interface Term {
  /**
   * `w:<stem>` for a word, `c:<area>` for a product area, `g:<group>` for a group of generic
   * words, `s:<group>` for a symptom.
   */
  key: string;
  kind: TermKind;
  /** The concept or symptom group, for a vocabulary term. */
  concept?: string;
  /** The tokens it covers, `[first, last]`. */
  first: number;
  last: number;
  surface: string;
  /** A word of fewer than four letters that is not an acronym: too short to mean anything alone. */
  short: boolean;
}

export interface TextTerms {
  text: string;
  tokens: Token[];
  terms: Term[];
  /** The symptom groups the text names. */
  symptoms: ReadonlySet<string>;
}

/** The compiled vocabulary: phrases by their first stem, longest first, and the word classes. */
export interface Lexicon {
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  functionStems: ReadonlySet<string>;
  genericStems: ReadonlySet<string>;
  negationStems: ReadonlySet<string>;
  /** How many phrases each area or group has: of two that fit, the narrower names it better. */
  breadth: ReadonlyMap<string, number>;
}

interface Meaning {
  key: string;
  kind: TermKind;
  concept: string;
}

interface Phrase {
  stems: readonly string[];
  /** Every concept the phrase means (one phrase may name two: "SSO" is a sign-in and SSO). */
  meanings: readonly Meaning[];
}

const KEY_PREFIX: Record<TermKind, string> = { topic: "c", generic: "g", symptom: "s" };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ACRONYM = /^[\p{L}\p{N}][\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*$/u;
const LOWER = /\p{Ll}/u;
const LETTERS = /^\p{L}+$/u;

// Stemming is the costly step and subjects repeat the same few hundred words.
const MAX_STEMS = 20_000;
const stems = new Map<string, string>();
export function stem(norm: string): string {
  let stemmed = stems.get(norm);
  if (stemmed === undefined) {
    stemmed = LETTERS.test(norm) ? stemWord(norm) : norm;
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(norm, stemmed);
  }
  return stemmed;
}

const normalise = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/['’]/gu, "");

export function tokenize(text: string): Token[] {
  const shouting = !LOWER.test(text);
  return [...text.matchAll(WORD)].map((match) => {
    const norm = normalise(match[0]);
    return {
      surface: match[0],
      norm,
      stem: stem(norm),
      start: match.index,
      end: match.index + match[0].length,
      acronym: !shouting && match[0].length <= 4 && ACRONYM.test(match[0]),
    };
  });
}

const stemsOf = (phrase: string): string[] => tokenize(phrase).map((token) => token.stem);

/** Compiles product areas, generic word groups and symptom groups into phrase lookups. */
export function compileLexicon(
  vocabulary: Readonly<Record<string, readonly string[]>>,
  symptoms: Readonly<Record<string, readonly string[]>>,
): Lexicon {
  const byStems = new Map<string, { stems: string[]; meanings: Meaning[] }>();
  const breadth = new Map<string, number>();
  const add = (kind: TermKind, lists: Readonly<Record<string, readonly string[]>>) => {
    for (const [concept, phrases] of Object.entries(lists)) {
      breadth.set(`${KEY_PREFIX[kind]}:${concept}`, phrases.length);
      for (const phrase of phrases) {
        const phraseStems = stemsOf(phrase);
        if (phraseStems.length === 0) continue;
        const id = phraseStems.join(" ");
        const entry = byStems.get(id) ?? { stems: phraseStems, meanings: [] };
        const key = `${KEY_PREFIX[kind]}:${concept}`;
        if (!entry.meanings.some((meaning) => meaning.key === key)) {
          entry.meanings.push({ key, kind, concept });
        }
        byStems.set(id, entry);
      }
    }
  };
  add("topic", vocabulary);
  add("generic", GENERIC_GROUPS);
  add("symptom", symptoms);
  const phrases = new Map<string, Phrase[]>();
  for (const entry of byStems.values()) {
    const first = entry.stems[0] as string;
    phrases.set(first, [...(phrases.get(first) ?? []), entry]);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return {
    phrases,
    functionStems: new Set(FUNCTION_WORDS.flatMap(stemsOf)),
    genericStems: new Set(GENERIC_PRODUCT_WORDS.flatMap(stemsOf)),
    negationStems: new Set(NEGATIONS.flatMap(stemsOf)),
    breadth,
  };
}

function phraseAt(tokens: readonly Token[], index: number, lexicon: Lexicon): Phrase | undefined {
  const candidates = lexicon.phrases.get(tokens[index]?.stem ?? "") ?? [];
  return candidates.find((phrase) =>
    phrase.stems.every((phraseStem, offset) => tokens[index + offset]?.stem === phraseStem),
  );
}

const surfaceOf = (text: string, tokens: readonly Token[], first: number, last: number) =>
  text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);

/** How much a single word says: nothing (grammar, numbers), a generic word, or a specific one. */
function wordKind(lexicon: Lexicon, token: Token): TermKind | undefined {
  if (lexicon.functionStems.has(token.stem) || /^\p{N}+$/u.test(token.norm)) return undefined;
  return lexicon.genericStems.has(token.stem) && !token.acronym ? "generic" : "topic";
}

const isShort = (token: Token) => !token.acronym && token.norm.length < 4;

/**
 * Two words written as one elsewhere ("web hooks" / "webhooks", "e-mail" / "email"): a hyphen
 * joins any two, a space joins words of three letters or more.
 */
function compoundAt(text: string, tokens: readonly Token[], index: number): string | undefined {
  const left = tokens[index];
  const right = tokens[index + 1];
  if (!left || !right || !LETTERS.test(left.norm) || !LETTERS.test(right.norm)) return undefined;
  const between = text.slice(left.end, right.start);
  if (between === "-" || (between === " " && left.norm.length >= 3 && right.norm.length >= 3)) {
    return left.norm + right.norm;
  }
  return undefined;
}

const STRENGTH: Record<TermKind, number> = { symptom: 0, generic: 1, topic: 2 };

export interface TermOptions {
  /**
   * Read the text as an incident name, where only the words before any qualifier say what is
   * affected: a word right after a negation says how it fails ("Calendar sync not working"), and
   * words after a preposition say where or for whom ("Session replay not capturing on Safari").
   * Both count as generic.
   */
  incidentName?: boolean;
}

/** In an incident name, the words after one of these qualify what comes before it. */
const QUALIFIERS = new Set([
  "on",
  "for",
  "in",
  "at",
  "from",
  "with",
  "via",
  "during",
  "across",
  "when",
  "after",
  "since",
]);

/** The terms of a text: vocabulary phrases first (longest wins), then words and compounds. */
export function textTerms(text: string, lexicon: Lexicon, options: TermOptions = {}): TextTerms {
  const tokens = tokenize(text);
  const terms: Term[] = [];
  const symptoms = new Set<string>();
  const inPhrase = new Set<number>();
  const kinds: Array<TermKind | undefined> = [];
  let negated = false;
  let qualified = false;
  for (let index = 0; index < tokens.length; ) {
    const phrase = phraseAt(tokens, index, lexicon);
    if (phrase) {
      const last = index + phrase.stems.length - 1;
      const surface = surfaceOf(text, tokens, index, last);
      for (const { key, kind, concept } of phrase.meanings) {
        terms.push({ key, kind, concept, first: index, last, surface, short: false });
        if (kind === "symptom") symptoms.add(concept);
      }
      for (let covered = index; covered <= last; covered++) inPhrase.add(covered);
      negated =
        options.incidentName === true && lexicon.negationStems.has(tokens[last]?.stem ?? "");
      index = last + 1;
      continue;
    }
    const token = tokens[index] as Token;
    let kind = wordKind(lexicon, token);
    if ((negated || qualified) && kind === "topic") kind = "generic";
    negated = false;
    qualified ||= options.incidentName === true && QUALIFIERS.has(token.norm);
    kinds[index] = kind;
    if (kind !== undefined) {
      const { surface } = token;
      terms.push({
        key: `w:${token.stem}`,
        kind,
        first: index,
        last: index,
        surface,
        short: isShort(token),
      });
    }
    index++;
  }
  for (let index = 0; index + 1 < tokens.length; index++) {
    if (inPhrase.has(index) || inPhrase.has(index + 1)) continue;
    const joined = compoundAt(text, tokens, index);
    const left = kinds[index];
    const right = kinds[index + 1];
    // A compound of grammar ("the API", "for flags") is no compound.
    if (joined === undefined || left === undefined || right === undefined) continue;
    const joinedStem = stem(joined);
    if (lexicon.functionStems.has(joinedStem)) continue;
    const generic = lexicon.genericStems.has(joinedStem);
    const kind: TermKind =
      !generic && Math.max(STRENGTH[left], STRENGTH[right]) === 2 ? "topic" : "generic";
    const surface = surfaceOf(text, tokens, index, index + 1);
    terms.push({
      key: `w:${joinedStem}`,
      kind,
      first: index,
      last: index + 1,
      surface,
      short: false,
    });
  }
  return { text, tokens, terms, symptoms };
}

/** Where a phrase (a component's name, a keyword) occurs as whole words, by stems; else -1. */
export function findStems(tokens: readonly Token[], phraseStems: readonly string[]): number {
  if (phraseStems.length === 0) return -1;
  for (let index = 0; index + phraseStems.length <= tokens.length; index++) {
    if (phraseStems.every((phraseStem, offset) => tokens[index + offset]?.stem === phraseStem)) {
      return index;
    }
  }
  return -1;
}

export const phraseStems = stemsOf;
