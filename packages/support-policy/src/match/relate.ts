// Whether a ticket subject is about an incident, judged from the incident's name and components.
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import { lexiconFor } from "./lexicon.js";
import {
  findStems,
  type Lexicon,
  phraseStems,
  type Term,
  type TermKind,
  type TextTerms,
  textTerms,
} from "./terms.js";
import { UNSPECIFIC_SYMPTOMS } from "./vocabulary.js";

interface ComponentPhrase {
  component: string;
  stems: readonly string[];
  /** A configured keyword rather than the component's own name. */
  keyword: boolean;
  /** What naming it is worth: its most specific word (a keyword is always specific). */
  weight: number;
}

/** What the incident is about, worked out once and matched against every subject. */
export interface IncidentProfile {
  lexicon: Lexicon;
  /** The incident's terms (name and components) by key. */
  terms: ReadonlyMap<string, Term>;
  /** Its symptom groups, except the unspecific one. */
  symptoms: ReadonlySet<string>;
  components: readonly ComponentPhrase[];
}

/** One piece of evidence: a component named, or a term both sides have. */
export type Shared =
  | { kind: "component"; component: string; keyword: boolean; words: string }
  | { kind: "term"; words: string; incidentWords: string; concept?: string };

export interface TextEvidence {
  shared: Shared[];
  /** The subject's words that report a problem. */
  problem: string;
}

const WEIGHT: Record<TermKind, number> = { topic: 2, generic: 1, symptom: 0 };
/** Two specific words, or one with a generic word or the same kind of symptom. */
const SCORE_NEEDED = 2;

const keywordsFor = (component: string, config: Pick<Config, "componentKeywords">): string[] => {
  const wanted = component.trim().toLowerCase();
  return Object.entries(config.componentKeywords ?? {}).flatMap(([name, words]) =>
    name.trim().toLowerCase() === wanted ? words : [],
  );
};

const strongest = (terms: readonly Term[]): number =>
  Math.max(0, ...terms.map((term) => WEIGHT[term.kind]));

export function incidentProfile(
  incident: Pick<Incident, "name" | "affectedComponents">,
  config: Pick<Config, "componentKeywords" | "matchVocabulary" | "matchSymptoms">,
): IncidentProfile {
  const lexicon = lexiconFor(config);
  const terms = new Map<string, Term>();
  const symptoms = new Set<string>();
  const components: ComponentPhrase[] = [];
  for (const text of [incident.name, ...incident.affectedComponents]) {
    const analysed = textTerms(text, lexicon, { incidentName: text === incident.name });
    for (const term of analysed.terms) {
      const known = terms.get(term.key);
      if (!term.short && (!known || WEIGHT[term.kind] > WEIGHT[known.kind]))
        terms.set(term.key, term);
    }
    for (const symptom of analysed.symptoms)
      if (symptom !== UNSPECIFIC_SYMPTOMS) symptoms.add(symptom);
  }
  for (const component of incident.affectedComponents) {
    const weight = strongest(textTerms(component, lexicon).terms);
    components.push({ component, stems: phraseStems(component), keyword: false, weight });
    for (const word of keywordsFor(component, config)) {
      components.push({ component, stems: phraseStems(word), keyword: true, weight: WEIGHT.topic });
    }
  }
  return { lexicon, terms, symptoms, components };
}

interface Candidate {
  first: number;
  last: number;
  weight: number;
  /** For a product area: how many phrases it has (the narrower of two names the words better). */
  breadth: number;
  shared: Shared;
}

function candidates(profile: IncidentProfile, subject: TextTerms): Candidate[] {
  const found: Candidate[] = [];
  for (const phrase of profile.components) {
    const at = findStems(subject.tokens, phrase.stems);
    const first = subject.tokens[at];
    const last = subject.tokens[at + phrase.stems.length - 1];
    if (at < 0 || !first || !last || phrase.weight === 0) continue;
    const words = subject.text.slice(first.start, last.end);
    found.push({
      first: at,
      last: at + phrase.stems.length - 1,
      weight: phrase.weight,
      breadth: 0,
      shared: { kind: "component", component: phrase.component, keyword: phrase.keyword, words },
    });
  }
  for (const term of subject.terms) {
    const theirs = term.kind === "symptom" ? undefined : profile.terms.get(term.key);
    if (!theirs) continue;
    found.push({
      first: term.first,
      last: term.last,
      weight: Math.min(WEIGHT[term.kind], WEIGHT[theirs.kind]),
      breadth: profile.lexicon.breadth.get(term.key) ?? 0,
      shared: {
        kind: "term",
        words: term.surface,
        incidentWords: theirs.surface,
        ...(term.concept !== undefined && { concept: term.concept }),
      },
    });
  }
  return found;
}

const overlaps = (a: Candidate, b: Candidate) => a.first <= b.last && b.first <= a.last;

/** The evidence that counts: where two pieces cover the same words, the longer (then stronger) wins. */
function strongestCover(found: Candidate[]): Candidate[] {
  const ordered = [...found].sort(
    (a, b) =>
      b.last - b.first - (a.last - a.first) ||
      b.weight - a.weight ||
      Number(b.shared.kind === "component") - Number(a.shared.kind === "component") ||
      a.breadth - b.breadth ||
      a.first - b.first,
  );
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/**
 * The evidence that a subject is about the incident, or undefined. The subject must report a
 * problem and name enough of the incident: an affected component or keyword, or the words of its
 * name and components, specific words counting twice as much as generic ones.
 */
export function relate(profile: IncidentProfile, subject: TextTerms): TextEvidence | undefined {
  const problem = subject.terms.find((term) => term.kind === "symptom")?.surface;
  if (problem === undefined) return undefined;
  const kept = strongestCover(candidates(profile, subject));
  const score = kept.reduce((sum, candidate) => sum + candidate.weight, 0);
  const sameSymptom = [...subject.symptoms].some((symptom) => profile.symptoms.has(symptom));
  if (score === 0 || score + (sameSymptom ? 1 : 0) < SCORE_NEEDED) return undefined;
  return { shared: kept.map((candidate) => candidate.shared), problem };
}

/** A subject's terms, for `relate`. */
export const subjectTerms = (subject: string, profile: IncidentProfile): TextTerms =>
  textTerms(subject, profile.lexicon);
