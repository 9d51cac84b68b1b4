// Whether a ticket subject is about an incident, judged against the incident's profile.
import { modifierOfSomethingElse, namedOtherwise, saidOfSomethingElse } from "./phrases.js";
import { type ComponentPhrase, type IncidentProfile, WEIGHT } from "./profile.js";
import { symptomsAgree, symptomsMatch } from "./symptoms.js";
import { type Term, type TextTerms, textTerms } from "./terms.js";
import { findStems } from "./tokens.js";

export { type IncidentProfile, incidentProfile } from "./profile.js";

/** One piece of evidence: a component named, or a term both sides have. */
export type Shared =
  | { kind: "component"; component: string; keyword: boolean; words: string }
  | { kind: "term"; words: string; incidentWords: string; concept?: string };

export interface TextEvidence {
  shared: Shared[];
  /** The subject's words that report a problem. */
  problem: string;
}

/** Two specific words, or one with a generic word or the same kind of symptom. */
const SCORE_NEEDED = 2;

interface Candidate {
  first: number;
  last: number;
  weight: number;
  /** For a product area: how many phrases it has (the narrower of two names the words better). */
  breadth: number;
  /** Whether it is only a qualifier of the incident name ("for Amex", "on Safari"). */
  qualifier: boolean;
  shared: Shared;
}

const phraseOf = (subject: TextTerms, term: Term) => subject.phrases[term.phrase];

function componentCandidate(
  profile: IncidentProfile,
  subject: TextTerms,
  phrase: ComponentPhrase,
): Candidate | undefined {
  if (phrase.weight === 0) return undefined;
  const at = findStems(subject.tokens, phrase.stems);
  const lastAt = at + phrase.stems.length - 1;
  const first = subject.tokens[at];
  const last = subject.tokens[lastAt];
  if (at < 0 || !first || !last) return undefined;
  if (phrase.head !== undefined) {
    const head = subject.terms.find((term) => term.last === lastAt && term.phrase >= 0);
    const said = head && phraseOf(subject, head);
    if (head && saidOfSomethingElse(profile, head.key, said)) return undefined;
    if (head && namedOtherwise(profile, subject, head.key, said)) return undefined;
  }
  return {
    first: at,
    last: lastAt,
    weight: phrase.weight,
    breadth: 0,
    qualifier: false,
    shared: {
      kind: "component",
      component: phrase.component,
      keyword: phrase.keyword,
      words: subject.text.slice(first.start, last.end),
    },
  };
}

function termCandidate(
  profile: IncidentProfile,
  subject: TextTerms,
  term: Term,
): Candidate | undefined {
  if (term.kind !== "topic" && term.kind !== "generic") return undefined;
  const theirs = profile.terms.get(term.key);
  const phrase = phraseOf(subject, term);
  if (!theirs || saidOfSomethingElse(profile, term.key, phrase)) return undefined;
  if (namedOtherwise(profile, subject, term.key, phrase)) return undefined;
  const weight = Math.min(WEIGHT[term.kind], WEIGHT[theirs.kind]);
  return {
    first: term.first,
    last: term.last,
    weight: modifierOfSomethingElse(profile, subject, term.key, phrase)
      ? Math.min(weight, WEIGHT.generic)
      : weight,
    breadth: profile.lexicon.breadth.get(term.key) ?? 0,
    qualifier: theirs.qualifier === true,
    shared: {
      kind: "term",
      words: term.surface,
      incidentWords: theirs.surface,
      ...(term.concept !== undefined && { concept: term.concept }),
    },
  };
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

/** Whether the incident's own name or components use the words of a subject's term. */
function incidentSays(profile: IncidentProfile, subject: TextTerms, term: Term): boolean {
  const stems = subject.tokens.slice(term.first, term.last + 1).map((token) => token.stem);
  return profile.texts.some((text) => findStems(text.tokens, stems) >= 0);
}

/** A how-to question, feature request, money or documentation matter the incident does not name. */
export const askedOtherThanFault = (profile: IncidentProfile, subject: TextTerms): boolean =>
  subject.terms.some((term) => term.kind === "request" && !incidentSays(profile, subject, term));

/**
 * The evidence that a subject is about the incident, or undefined. The subject must report a
 * problem of a kind that agrees with the incident's, ask or request nothing the incident does not
 * name, and name enough of the incident: an affected component or keyword, or the words of its
 * name and components, specific words counting twice as much as generic ones and the same kind of
 * symptom once. Qualifiers of the incident name alone need the same kind of symptom too.
 */
export function relate(profile: IncidentProfile, subject: TextTerms): TextEvidence | undefined {
  const problem = subject.terms.find((term) => term.kind === "symptom")?.surface;
  if (problem === undefined || askedOtherThanFault(profile, subject)) return undefined;
  if (!symptomsAgree(profile, subject)) return undefined;
  const found: Candidate[] = [];
  for (const phrase of profile.components) {
    const candidate = componentCandidate(profile, subject, phrase);
    if (candidate) found.push(candidate);
  }
  for (const term of subject.terms) {
    const candidate = termCandidate(profile, subject, term);
    if (candidate) found.push(candidate);
  }
  const kept = strongestCover(found);
  const sameSymptom = symptomsMatch(profile, subject);
  if (!sameSymptom && kept.every((candidate) => candidate.qualifier)) return undefined;
  const score = kept.reduce((sum, candidate) => sum + candidate.weight, 0);
  if (score === 0 || score + (sameSymptom ? 1 : 0) < SCORE_NEEDED) return undefined;
  return { shared: kept.map((candidate) => candidate.shared), problem };
}

/** A subject's terms, for `relate`. */
export const subjectTerms = (subject: string, profile: IncidentProfile): TextTerms =>
  textTerms(subject, profile.lexicon);
