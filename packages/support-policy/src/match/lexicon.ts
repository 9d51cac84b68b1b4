// The vocabulary a config asks for, compiled once per distinct vocabulary into phrase lookups.
import type { Config } from "../schemas/config.js";
import { phraseStems } from "./tokens.js";
import {
  CHATTER_WORDS,
  DEFAULT_MATCH_REQUESTS,
  DEFAULT_MATCH_SYMPTOMS,
  DEFAULT_MATCH_VOCABULARY,
  FUNCTION_WORDS,
  GENERIC_GROUPS,
  GENERIC_PRODUCT_WORDS,
  NEGATIONS,
  SYMPTOMS_SEEN_AS,
  UNSPECIFIC_SYMPTOMS,
} from "./vocabulary.js";

/**
 * `topic`: a specific word or product area; `generic`: a product word every product has;
 * `symptom`: what the customer reports as wrong; `request`: a question or request, not a fault.
 */
export type TermKind = "topic" | "generic" | "symptom" | "request";

export interface Meaning {
  /** `c:<area>`, `g:<group>`, `s:<symptom>` or `r:<request>`. */
  key: string;
  kind: TermKind;
  concept: string;
}

export interface Phrase {
  stems: readonly string[];
  /** Every concept the phrase means (one phrase may name two: "SSO" is a sign-in and SSO). */
  meanings: readonly Meaning[];
}

/** The compiled vocabulary: phrases by their first stem, longest first, and the word classes. */
export interface Lexicon {
  /** Product areas, generic groups and symptoms: each phrase is read as one term. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Questions and requests, found over the words without replacing them. */
  requests: ReadonlyMap<string, readonly Phrase[]>;
  functionStems: ReadonlySet<string>;
  chatterStems: ReadonlySet<string>;
  genericStems: ReadonlySet<string>;
  negationStems: ReadonlySet<string>;
  /** How many phrases each area or group has: of two that fit, the narrower names it better. */
  breadth: ReadonlyMap<string, number>;
  /** The incident's kind of symptom → the kinds tickets about it may report (`SYMPTOMS_SEEN_AS`). */
  seenAs: ReadonlyMap<string, ReadonlySet<string>>;
}

type Lists = Readonly<Record<string, readonly string[]>>;

const KEY_PREFIX: Record<TermKind, string> = {
  topic: "c",
  generic: "g",
  symptom: "s",
  request: "r",
};

/** The defaults with the given lists laid over them, key by key; an empty list removes a key. */
export function mergeLists(defaults: Lists, given: Lists | undefined): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [key, words] of Object.entries({ ...defaults, ...given })) {
    if (words.length > 0) merged[key] = [...words];
  }
  return merged;
}

/** The incident's kind of symptom → the kinds of symptom tickets about it may report. */
function seenAsOf(symptoms: Lists): Map<string, Set<string>> {
  const seenAs = new Map<string, Set<string>>();
  for (const kind of Object.keys(symptoms)) {
    if (kind === UNSPECIFIC_SYMPTOMS) continue;
    seenAs.set(kind, new Set([kind, ...(SYMPTOMS_SEEN_AS[kind] ?? [UNSPECIFIC_SYMPTOMS])]));
  }
  return seenAs;
}

type Entries = Map<string, { stems: string[]; meanings: Meaning[] }>;

function addPhrases(into: Entries, breadth: Map<string, number>, kind: TermKind, lists: Lists) {
  for (const [concept, phrases] of Object.entries(lists)) {
    const key = `${KEY_PREFIX[kind]}:${concept}`;
    breadth.set(key, phrases.length);
    for (const phrase of phrases) {
      const stems = phraseStems(phrase);
      if (stems.length === 0) continue;
      const id = stems.join(" ");
      const entry = into.get(id) ?? { stems, meanings: [] };
      if (!entry.meanings.some((meaning) => meaning.key === key)) {
        entry.meanings.push({ key, kind, concept });
      }
      into.set(id, entry);
    }
  }
}

/** Phrases by their first stem, longest first. */
function byFirstStem(entries: Entries): Map<string, Phrase[]> {
  const phrases = new Map<string, Phrase[]>();
  for (const entry of entries.values()) {
    const first = entry.stems[0] as string;
    phrases.set(first, [...(phrases.get(first) ?? []), entry]);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return phrases;
}

/** Compiles product areas, generic groups, symptom groups and requests into phrase lookups. */
export function compileLexicon(vocabulary: Lists, symptoms: Lists, requests: Lists): Lexicon {
  const terms: Entries = new Map();
  const asked: Entries = new Map();
  const breadth = new Map<string, number>();
  addPhrases(terms, breadth, "topic", vocabulary);
  addPhrases(terms, breadth, "generic", GENERIC_GROUPS);
  addPhrases(terms, breadth, "symptom", symptoms);
  addPhrases(asked, breadth, "request", requests);
  return {
    phrases: byFirstStem(terms),
    requests: byFirstStem(asked),
    functionStems: new Set(FUNCTION_WORDS.flatMap(phraseStems)),
    chatterStems: new Set(CHATTER_WORDS.flatMap(phraseStems)),
    genericStems: new Set(GENERIC_PRODUCT_WORDS.flatMap(phraseStems)),
    negationStems: new Set(NEGATIONS.flatMap(phraseStems)),
    breadth,
    seenAs: seenAsOf(symptoms),
  };
}

type MatchConfig = Partial<Pick<Config, "matchVocabulary" | "matchSymptoms" | "matchRequests">>;

const MAX_CACHED = 16;
const cache = new Map<string, Lexicon>();

export function lexiconFor(config: MatchConfig): Lexicon {
  const vocabulary = mergeLists(DEFAULT_MATCH_VOCABULARY, config.matchVocabulary);
  const symptoms = mergeLists(DEFAULT_MATCH_SYMPTOMS, config.matchSymptoms);
  const requests = mergeLists(DEFAULT_MATCH_REQUESTS, config.matchRequests);
  const key = JSON.stringify([vocabulary, symptoms, requests]);
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = compileLexicon(vocabulary, symptoms, requests);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, lexicon);
  }
  return lexicon;
}
