// What an incident is about, worked out once from its name and components and then matched
// against every ticket subject.
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import { type Lexicon, lexiconFor, type TermKind } from "./lexicon.js";
import { type Term, type TextTerms, textTerms } from "./terms.js";
import { phraseStems, writtenAsNameIn } from "./tokens.js";
import { UNSPECIFIC_SYMPTOMS } from "./vocabulary.js";

export interface ComponentPhrase {
  component: string;
  stems: readonly string[];
  /** A configured keyword rather than the component's own name. */
  keyword: boolean;
  /** What naming it is worth: its most specific word (a keyword is always specific). */
  weight: number;
  /** The key of its last word, what a modifier in the subject would be said of. */
  head?: string;
}

export interface IncidentProfile {
  lexicon: Lexicon;
  /** The incident's terms (name and components) by key, the most specific reading kept. */
  terms: ReadonlyMap<string, Term>;
  /** Whether any of its terms is specific; when none is, its generic words have to do. */
  specific: boolean;
  /** Its symptom kinds, except the unspecific one. */
  symptoms: ReadonlySet<string>;
  /** Each key the incident uses as the head of a noun phrase, with the modifiers it has there. */
  heads: ReadonlyMap<string, ReadonlySet<string>>;
  /** The keys of its terms written as names (GitHub, iOS, CSV). */
  names: ReadonlySet<string>;
  components: readonly ComponentPhrase[];
  /** The texts read (name, then components), for phrases a subject may repeat. */
  texts: readonly TextTerms[];
}

export type IncidentText = Pick<Incident, "name" | "affectedComponents">;
export type MatchConfig = Pick<
  Config,
  "componentKeywords" | "matchVocabulary" | "matchSymptoms" | "matchRequests"
>;

export const WEIGHT: Record<TermKind, number> = { topic: 2, generic: 1, symptom: 0, request: 0 };

const keywordsFor = (component: string, config: Pick<Config, "componentKeywords">): string[] => {
  const wanted = component.trim().toLowerCase();
  return Object.entries(config.componentKeywords ?? {}).flatMap(([name, words]) =>
    name.trim().toLowerCase() === wanted ? words : [],
  );
};

const isContent = (term: Term) => term.kind === "topic" || term.kind === "generic";

/** Reads the incident's name and components once; the result serves every subject. */
export function incidentProfile(incident: IncidentText, config: MatchConfig): IncidentProfile {
  const lexicon = lexiconFor(config);
  const terms = new Map<string, Term>();
  const symptoms = new Set<string>();
  const heads = new Map<string, Set<string>>();
  const names = new Set<string>();
  const components: ComponentPhrase[] = [];
  const texts: TextTerms[] = [];
  const read = (text: string, incidentName: boolean) => {
    const analysed = textTerms(text, lexicon, { incidentName });
    texts.push(analysed);
    for (const term of analysed.terms) {
      const known = terms.get(term.key);
      if (isContent(term) && !term.short && (!known || WEIGHT[term.kind] > WEIGHT[known.kind])) {
        terms.set(term.key, term);
      }
    }
    for (const term of analysed.terms) {
      if (writtenAsNameIn(analysed.tokens, term.first, term.last)) names.add(term.key);
    }
    for (const phrase of analysed.phrases) {
      for (const head of phrase.head) {
        const modifiers = heads.get(head.key) ?? new Set<string>();
        for (const part of phrase.modifiers) if (part.last < head.first) modifiers.add(part.key);
        heads.set(head.key, modifiers);
      }
    }
    for (const symptom of analysed.symptoms) {
      if (symptom !== UNSPECIFIC_SYMPTOMS) symptoms.add(symptom);
    }
    return analysed;
  };
  read(incident.name, true);
  for (const component of incident.affectedComponents) {
    const analysed = read(component, false);
    const own = analysed.terms.filter((term) => isContent(term) && !term.short);
    const head = analysed.phrases.at(-1)?.head.find((part) => terms.has(part.key))?.key;
    components.push({
      component,
      stems: phraseStems(component),
      keyword: false,
      weight: Math.max(0, ...own.map((term) => WEIGHT[term.kind])),
      ...(head !== undefined && { head }),
    });
    for (const word of keywordsFor(component, config)) {
      components.push({ component, stems: phraseStems(word), keyword: true, weight: WEIGHT.topic });
    }
  }
  const specific = [...terms.values()].some((term) => term.kind === "topic");
  return { lexicon, terms, specific, symptoms, heads, names, components, texts };
}
