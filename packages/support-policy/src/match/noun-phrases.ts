// Words written together as the name of one thing: "GitHub webhooks" is webhooks said of GitHub;
// "webhooks from GitHub" is two phrases.
import type { Term } from "./terms.js";
import type { Token } from "./tokens.js";

/** One term of a noun phrase, where it starts and ends. */
export interface PhrasePart {
  key: string;
  first: number;
  last: number;
}

/** Words written together with nothing but spaces or hyphens between them, naming one thing. */
export interface NounPhrase {
  /** The terms that end it: what it is ("webhooks" in "GitHub webhooks"). */
  head: PhrasePart[];
  /** The single words and vocabulary phrases before its last word: which one ("GitHub"). */
  modifiers: PhrasePart[];
}

/** A stretch of tokens read as one unit: a vocabulary phrase or a word. */
export interface Unit {
  first: number;
  last: number;
  /** `content` names something; `chatter` belongs to a phrase but names nothing; `break` ends one. */
  role: "content" | "chatter" | "break";
  /** Right after a negation: a verb ("can't fetch flags"), a phrase of its own. */
  alone?: true;
}

/** Whether two neighbouring tokens are written as parts of one name (a space or a hyphen apart). */
const joined = (text: string, left: Token, right: Token) => {
  const between = text.slice(left.end, right.start);
  return between === " " || between === "-";
};

const isContent = (term: Term) => term.kind === "topic" || term.kind === "generic";
const part = ({ key, first, last }: Term): PhrasePart => ({ key, first, last });

/** Groups the units into noun phrases and records on each content term the phrase it is in. */
export function nounPhrases(
  text: string,
  tokens: readonly Token[],
  units: readonly Unit[],
  terms: Term[],
): NounPhrase[] {
  const phrases: NounPhrase[] = [];
  const unitAt = new Map(units.map((unit) => [unit.first, unit]));
  // A compound ("web hooks") may end a phrase; the words it joins are no modifiers of it.
  const oneUnit = (term: Term) => unitAt.get(term.first)?.last === term.last;
  const content = terms.filter(isContent);
  let run: Unit[] = [];
  const close = () => {
    const named = run.filter((unit) => unit.role === "content");
    const head = named.at(-1);
    const first = named[0]?.first ?? 0;
    run = [];
    if (!head) return;
    const inside = content.filter((term) => term.first >= first && term.last <= head.last);
    for (const term of inside) term.phrase = phrases.length;
    phrases.push({
      head: inside.filter((term) => term.last === head.last).map(part),
      modifiers: inside.filter((term) => term.last < head.first && oneUnit(term)).map(part),
    });
  };
  for (const unit of units) {
    const previous = run.at(-1);
    const before = previous && tokens[previous.last];
    const next = tokens[unit.first];
    const apart = before !== undefined && next !== undefined && !joined(text, before, next);
    if (unit.role === "break" || previous?.alone || apart) close();
    if (unit.role !== "break") run.push(unit);
  }
  close();
  return phrases;
}
