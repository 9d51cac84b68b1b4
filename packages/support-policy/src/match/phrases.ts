// Whether a word both sides share names the same thing on both, judged by the noun phrases
// around it ("GitHub webhooks" and "Stripe webhooks" share a word, not a thing).
import type { IncidentProfile } from "./profile.js";
import type { NounPhrase, PhrasePart, TextTerms } from "./terms.js";
import { writtenAsNameIn } from "./tokens.js";

/** Whether a word of the subject is specific on its own (a compound of it does not count). */
const specificWord = (subject: TextTerms, part: PhrasePart) =>
  part.first === part.last &&
  subject.terms.some(
    (term) =>
      term.key === part.key && term.first === part.first && term.kind === "topic" && !term.short,
  );

/** The modifiers before `key` where it heads the phrase, or undefined when it does not. */
function modifiersOfHead(phrase: NounPhrase | undefined, key: string): PhrasePart[] | undefined {
  const asHead = phrase?.head.find((part) => part.key === key);
  if (!phrase || !asHead) return undefined;
  return phrase.modifiers.filter((part) => part.last < asHead.first);
}

/**
 * Whether the subject says a shared word of something else: as the head of a noun phrase whose
 * modifiers the incident lacks, where the incident's head is a generic word that its own
 * modifiers make specific ("SMS delivery" against "Email delivery", "Export API" against
 * "Ingestion API"). A specific head keeps its meaning ("multipart upload" against "Object storage
 * uploads" is still an upload). Such a word is no evidence at all.
 */
export function saidOfSomethingElse(
  profile: IncidentProfile,
  key: string,
  phrase: NounPhrase | undefined,
): boolean {
  const modifiers = modifiersOfHead(phrase, key);
  const theirs = profile.heads.get(key);
  return (
    modifiers !== undefined &&
    profile.terms.get(key)?.kind === "generic" &&
    theirs !== undefined &&
    theirs.size > 0 &&
    modifiers.length > 0 &&
    !modifiers.some((part) => profile.terms.has(part.key))
  );
}

/**
 * Whether the subject makes a shared word say which one of something the incident does not name:
 * a modifier of a specific word the incident lacks ("Replay player" against "Session replays not
 * capturing", "Chat widget colour" against "Chat messages delayed"). Such a word counts as a
 * generic one, so the same kind of symptom is needed as well ("funnel insight times out" still
 * matches "Funnel queries timing out").
 */
export function modifierOfSomethingElse(
  profile: IncidentProfile,
  subject: TextTerms,
  key: string,
  phrase: NounPhrase | undefined,
): boolean {
  if (!phrase?.modifiers.some((part) => part.key === key)) return false;
  return (
    !phrase.head.some((part) => profile.terms.has(part.key)) &&
    phrase.head.some((part) => specificWord(subject, part))
  );
}

const writtenAsName = (subject: TextTerms, part: PhrasePart) =>
  writtenAsNameIn(subject.tokens, part.first, part.last);

/**
 * Whether the subject says a shared word of another named thing: the word heads a noun phrase on
 * both sides, the two sides' modifiers of it have nothing in common (the subject names none of
 * the incident's anywhere), and one of them is written as a name ("GitHub webhooks" against
 * "Stripe webhooks", "Android app login" against "iOS login"). A plain modifier is not enough:
 * "multipart upload" is still an upload, and all capitals is no name ("CSV import").
 */
export function namedOtherwise(
  profile: IncidentProfile,
  subject: TextTerms,
  key: string,
  phrase: NounPhrase | undefined,
): boolean {
  const modifiers = modifiersOfHead(phrase, key) ?? [];
  const theirs = [...(profile.heads.get(key) ?? [])];
  if (modifiers.length === 0 || theirs.length === 0) return false;
  if (modifiers.some((part) => profile.terms.has(part.key))) return false;
  if (theirs.some((their) => subject.terms.some((term) => term.key === their))) return false;
  return (
    modifiers.some((part) => writtenAsName(subject, part)) ||
    theirs.some((their) => profile.names.has(their))
  );
}
