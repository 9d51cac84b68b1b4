// What a ticket is about, as signal keys the clustering compares: a configured product area, a
// specific term, or a generic product word together with the kind of symptom reported.

import { findStems, phraseStems, type Term, type TextTerms } from "../match/terms.js";
import { UNSPECIFIC_SYMPTOMS } from "../match/vocabulary.js";
import type { Config } from "../schemas/config.js";

export interface TicketSignals {
  signals: Set<string>;
  /** How each signal reads in this ticket: its words as written. */
  display: Map<string, string[]>;
}

/** A component of `config.componentKeywords`: its own name and its keywords, as stems. */
export interface ProductArea {
  component: string;
  phrases: string[][];
}

export const areasOf = (config: Pick<Config, "componentKeywords">): ProductArea[] =>
  Object.entries(config.componentKeywords ?? {}).map(([component, keywords]) => ({
    component,
    phrases: [component, ...keywords].map(phraseStems).filter((stems) => stems.length > 0),
  }));

const AREA = "a:";
const WITH_SYMPTOM = "&";

/** A configured area first, then a specific term, then a generic word with a symptom. */
export const signalRank = (key: string): number =>
  key.startsWith(AREA) ? 0 : key.includes(WITH_SYMPTOM) ? 2 : 1;

export const areaOfSignal = (key: string): string | undefined =>
  key.startsWith(AREA) ? key.slice(AREA.length) : undefined;

/** A term's words as a list shows them: in lower case, unless they hold an acronym (SSO). */
function wordsOf(subject: TextTerms, term: Term): string {
  const tokens = subject.tokens.slice(term.first, term.last + 1);
  return tokens.some((token) => token.acronym) ? term.surface : term.surface.toLowerCase();
}

/**
 * The signals of a subject that reports a problem (a subject that reports none, or that asks a
 * question or makes a request, is no reason to declare anything and has no signals).
 */
export function signalsOf(subject: TextTerms, areas: readonly ProductArea[]): TicketSignals {
  const signals = new Set<string>();
  const display = new Map<string, string[]>();
  const add = (key: string, words: string[]) => {
    if (signals.has(key)) return;
    signals.add(key);
    display.set(key, words);
  };
  // A question or a request ("How do I…", "Feature request: …") is no sign of an incident either.
  const asks = subject.terms.some((term) => term.kind === "request");
  if (subject.symptoms.size === 0 || asks) return { signals, display };
  for (const { component, phrases } of areas) {
    if (phrases.some((stems) => findStems(subject.tokens, stems) >= 0)) {
      add(`${AREA}${component}`, [component]);
    }
  }
  const symptoms = subject.terms.filter(
    (term) => term.kind === "symptom" && term.concept !== UNSPECIFIC_SYMPTOMS,
  );
  for (const term of subject.terms) {
    if (term.short || (term.kind !== "topic" && term.kind !== "generic")) continue;
    if (term.kind === "topic") add(term.key, [wordsOf(subject, term)]);
    else {
      for (const symptom of symptoms) {
        add(`${term.key}${WITH_SYMPTOM}s:${symptom.concept}`, [
          wordsOf(subject, term),
          wordsOf(subject, symptom),
        ]);
      }
    }
  }
  return { signals, display };
}
