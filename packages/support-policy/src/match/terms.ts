// A text (a ticket subject, an incident name) as normalised terms: words by their Porter2 stem,
// vocabulary phrases by their concept, hyphenated and split compounds joined, and the noun
// phrases they form ("Stripe webhooks": "webhooks" said of "Stripe").
import { TextPattern } from "../lint/patterns.js";
import type { Lexicon, Phrase, TermKind } from "./lexicon.js";
import { type NounPhrase, nounPhrases, type Unit } from "./noun-phrases.js";
import { LETTERS, stem, type Token, tokenize } from "./tokens.js";

export type { TermKind } from "./lexicon.js";
export type { NounPhrase, PhrasePart } from "./noun-phrases.js";
export { findStems, phraseStems, type Token, tokenize } from "./tokens.js";

export interface Term {
  /**
   * `w:<stem>` for a word, `c:<area>` for a product area, `g:<group>` for a group of generic
   * words, `s:<group>` for a symptom, `r:<group>` for a request.
   */
  key: string;
  kind: TermKind;
  /** The concept, symptom or request group, for a vocabulary term. */
  concept?: string;
  /** The tokens it covers, `[first, last]`. */
  first: number;
  last: number;
  surface: string;
  /** A word of fewer than three letters that is not an acronym: too short to mean anything alone. */
  short: boolean;
  /** The noun phrase it belongs to (an index into `phrases`); -1 for symptoms and requests. */
  phrase: number;
  /** In an incident name, a word that only says how, where or for whom (see `TermOptions`). */
  qualifier?: true;
}

export interface TextTerms {
  text: string;
  tokens: Token[];
  terms: Term[];
  phrases: NounPhrase[];
  /** The symptom groups the text names. */
  symptoms: ReadonlySet<string>;
}

function phraseAt(
  tokens: readonly Token[],
  index: number,
  lookup: ReadonlyMap<string, readonly Phrase[]>,
): Phrase | undefined {
  const candidates = lookup.get(tokens[index]?.stem ?? "") ?? [];
  return candidates.find((phrase) =>
    phrase.stems.every((phraseStem, offset) => tokens[index + offset]?.stem === phraseStem),
  );
}

const surfaceOf = (text: string, tokens: readonly Token[], first: number, last: number) =>
  text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);

const DIGITS = new TextPattern(/^\p{N}+$/u);

/** How much a single word says: nothing (grammar, numbers), chatter, a generic word, or a specific one. */
function wordKind(lexicon: Lexicon, token: Token): WordKind {
  if (lexicon.functionStems.has(token.stem) || DIGITS.test(token.norm)) return undefined;
  if (lexicon.chatterStems.has(token.stem) && !token.acronym) return "chatter";
  return lexicon.genericStems.has(token.stem) ? "generic" : "topic";
}

const isShort = (token: Token) => !token.acronym && token.norm.length < 3;

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

const STRENGTH: Record<TermKind | "chatter", number> = {
  chatter: 0,
  symptom: 0,
  request: 0,
  generic: 1,
  topic: 2,
};

export interface TermOptions {
  /**
   * Read the text as an incident name, where only the words before any qualifier say what is
   * affected: a word right after a negation says how it fails ("Calendar sync not working"), and
   * once a specific word has been named, words after a preposition say where or for whom
   * ("Session replay not capturing on Safari"). Both count as generic.
   */
  incidentName?: boolean;
}

/** In an incident name, the words after one of these qualify what comes before it. */
const QUALIFIERS = new Set([
  "to",
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

type WordKind = TermKind | "chatter" | undefined;

/** Neighbouring words written as one word elsewhere, each as a term of its own. */
function compounds(
  text: string,
  tokens: readonly Token[],
  kinds: readonly WordKind[],
  inPhrase: ReadonlySet<number>,
  lexicon: Lexicon,
): Term[] {
  const found: Term[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    if (inPhrase.has(index) || inPhrase.has(index + 1)) continue;
    const compound = compoundAt(text, tokens, index);
    const left = kinds[index];
    const right = kinds[index + 1];
    // A compound of grammar ("the API", "for flags") is no compound; one of chatter may be
    // ("screen share" / "screenshare").
    if (compound === undefined || left === undefined || right === undefined) continue;
    if (left === "chatter" && right === "chatter") continue;
    const joinedStem = stem(compound);
    if (lexicon.functionStems.has(joinedStem)) continue;
    const generic = lexicon.genericStems.has(joinedStem);
    const kind: TermKind =
      !generic && Math.max(STRENGTH[left], STRENGTH[right]) === 2 ? "topic" : "generic";
    found.push({
      key: `w:${joinedStem}`,
      kind,
      first: index,
      last: index + 1,
      surface: surfaceOf(text, tokens, index, index + 1),
      short: false,
      phrase: -1,
    });
  }
  return found;
}

/** The questions and requests of a text, found over its words without taking them away. */
function requests(text: string, tokens: readonly Token[], lexicon: Lexicon): Term[] {
  const found: Term[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const asked = phraseAt(tokens, index, lexicon.requests);
    if (!asked) continue;
    const last = index + asked.stems.length - 1;
    const surface = surfaceOf(text, tokens, index, last);
    for (const { key, kind, concept } of asked.meanings) {
      found.push({ key, kind, concept, first: index, last, surface, short: false, phrase: -1 });
    }
    index = last;
  }
  return found;
}

/**
 * The terms of a text: vocabulary phrases first (longest wins), then words and compounds, then
 * questions and requests; and the noun phrases they form.
 */
export function textTerms(text: string, lexicon: Lexicon, options: TermOptions = {}): TextTerms {
  const tokens = tokenize(text);
  const terms: Term[] = [];
  const units: Unit[] = [];
  const symptoms = new Set<string>();
  const inPhrase = new Set<number>();
  const kinds: WordKind[] = [];
  const name = options.incidentName === true;
  let negated = false;
  let afterNegation = false;
  let qualified = false;
  let named = false;
  for (let index = 0; index < tokens.length; ) {
    const phrase = phraseAt(tokens, index, lexicon.phrases);
    if (phrase) {
      const last = index + phrase.stems.length - 1;
      const surface = surfaceOf(text, tokens, index, last);
      let content = false;
      for (const { key, kind, concept } of phrase.meanings) {
        terms.push({ key, kind, concept, first: index, last, surface, short: false, phrase: -1 });
        if (kind === "symptom") symptoms.add(concept);
        if (kind === "topic" || kind === "generic") content = true;
        if (kind === "topic") named = true;
      }
      units.push({ first: index, last, role: content ? "content" : "break" });
      for (let covered = index; covered <= last; covered++) inPhrase.add(covered);
      afterNegation = lexicon.negationStems.has(tokens[last]?.stem ?? "");
      negated = name && afterNegation;
      index = last + 1;
      continue;
    }
    const token = tokens[index] as Token;
    const word = wordKind(lexicon, token);
    let kind = word === "chatter" ? undefined : word;
    const qualifier = (negated || qualified) && kind !== undefined;
    if (qualifier) kind = "generic";
    negated = false;
    qualified ||= name && named && QUALIFIERS.has(token.norm);
    named ||= kind === "topic";
    kinds[index] = word === "chatter" ? word : kind;
    units.push({
      first: index,
      last: index,
      role: kind !== undefined ? "content" : word === "chatter" ? "chatter" : "break",
      ...(afterNegation && kind !== undefined && { alone: true as const }),
    });
    afterNegation = false;
    if (kind !== undefined) {
      terms.push({
        key: `w:${token.stem}`,
        kind,
        first: index,
        last: index,
        surface: token.surface,
        short: isShort(token),
        phrase: -1,
        ...(qualifier && { qualifier: true as const }),
      });
    }
    index++;
  }
  terms.push(...compounds(text, tokens, kinds, inPhrase, lexicon));
  const phrases = nounPhrases(text, tokens, units, terms);
  terms.push(...requests(text, tokens, lexicon));
  return { text, tokens, terms, phrases, symptoms };
}
