// The vocabulary a config asks for, compiled once per distinct vocabulary.
import type { Config } from "../schemas/config.js";
import { compileLexicon, type Lexicon } from "./terms.js";
import { DEFAULT_MATCH_SYMPTOMS, DEFAULT_MATCH_VOCABULARY } from "./vocabulary.js";

type Lists = Readonly<Record<string, readonly string[]>>;

/** The defaults with the given lists laid over them, key by key; an empty list removes a key. */
export function mergeLists(defaults: Lists, given: Lists | undefined): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [key, words] of Object.entries({ ...defaults, ...given })) {
    if (words.length > 0) merged[key] = [...words];
  }
  return merged;
}

type MatchConfig = Partial<Pick<Config, "matchVocabulary" | "matchSymptoms">>;

const MAX_CACHED = 16;
const cache = new Map<string, Lexicon>();

export function lexiconFor(config: MatchConfig): Lexicon {
  const vocabulary = mergeLists(DEFAULT_MATCH_VOCABULARY, config.matchVocabulary);
  const symptoms = mergeLists(DEFAULT_MATCH_SYMPTOMS, config.matchSymptoms);
  const key = JSON.stringify([vocabulary, symptoms]);
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = compileLexicon(vocabulary, symptoms);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, lexicon);
  }
  return lexicon;
}
