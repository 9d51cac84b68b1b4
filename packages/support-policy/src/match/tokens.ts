// Words of a text with their Porter2 stems, and phrases found by stems.
/// <reference path="../types/wink-porter2-stemmer.d.ts" />
import stemWord from "wink-porter2-stemmer";
import { TextPattern } from "../lint/patterns.js";
import { NOT_FORMS } from "./vocabulary.js";

export interface Token {
  /** As written. */
  surface: string;
  /** Lower case, without apostrophes or a possessive 's. */
  norm: string;
  stem: string;
  start: number;
  end: number;
  /**
   * Two to four characters with a second capital or a digit beside a capital (SSO, API, 2FA, iOS,
   * S3), in a text that is not all capitals.
   */
  acronym: boolean;
  /** Written as a name (GitHub, iOS, HubSpot, CSV), in a text that is not all capitals. */
  named: boolean;
}

// Plain twins on ASCII text (see TextPattern): the same words, compiled in a fraction of the time.
const WORD = new TextPattern(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu);
const CAPITAL_AFTER_FIRST = new TextPattern(/^[\p{L}\p{N}][\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*$/u);
const CAPITAL_AND_DIGIT = new TextPattern(/^(?=.*\p{Lu})(?=.*\p{N})[\p{Lu}\p{N}]+$/u);
const LOWER = new TextPattern(/\p{Ll}/u);
export const LETTERS = new TextPattern(/^\p{L}+$/u);

const normalise = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/['’]/gu, "");

const NOT = new Set(NOT_FORMS.map(normalise));

// Stemming is the costly step and subjects repeat the same few hundred words.
const MAX_STEMS = 20_000;
const stems = new Map<string, string>();
/** A word's Porter2 stem; every negation is "not". */
export function stem(norm: string): string {
  let stemmed = stems.get(norm);
  if (stemmed === undefined) {
    stemmed = NOT.has(norm) ? "not" : LETTERS.test(norm) ? stemWord(norm) : norm;
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(norm, stemmed);
  }
  return stemmed;
}

// All capitals beyond five letters is emphasis ("ERROR"), not a name.
const isNamed = (word: string) => CAPITAL_AFTER_FIRST.test(word) && LOWER.test(word);

const isAcronym = (word: string) =>
  word.length <= 4 && (CAPITAL_AFTER_FIRST.test(word) || CAPITAL_AND_DIGIT.test(word));

export function tokenize(text: string): Token[] {
  const shouting = !LOWER.test(text);
  return [...text.matchAll(WORD.for(text))].map((match) => {
    const norm = normalise(match[0]);
    return {
      surface: match[0],
      norm,
      stem: stem(norm),
      start: match.index,
      end: match.index + match[0].length,
      acronym: !shouting && isAcronym(match[0]),
      named: !shouting && isNamed(match[0]),
    };
  });
}

/** Whether any token from `first` to `last` is written as a name. */
export const writtenAsNameIn = (tokens: readonly Token[], first: number, last: number): boolean =>
  tokens.slice(first, last + 1).some((token) => token.named);

export const phraseStems = (phrase: string): string[] =>
  tokenize(phrase).map((token) => token.stem);

/** Where a phrase (a component's name, a keyword) occurs as whole words, by stems; else -1. */
export function findStems(tokens: readonly Token[], stemsOfPhrase: readonly string[]): number {
  if (stemsOfPhrase.length === 0) return -1;
  for (let index = 0; index + stemsOfPhrase.length <= tokens.length; index++) {
    if (stemsOfPhrase.every((wanted, offset) => tokens[index + offset]?.stem === wanted)) {
      return index;
    }
  }
  return -1;
}
