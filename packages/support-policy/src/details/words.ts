// Small shared pieces of decision details and summaries.
import type { Person } from "../schemas/person.js";

/** How a person appears in decision details: enough to mention them, nothing more. */
export interface PersonRef {
  name: string;
  slack?: string;
  email?: string;
  timezone: string;
}

export const personRef = (person: Person): PersonRef => {
  const ref: PersonRef = { name: person.name, timezone: person.timezone };
  if (person.slack !== undefined) ref.slack = person.slack;
  if (person.email !== undefined) ref.email = person.email;
  return ref;
};

// The same few instants (now, the ends of shifts) come back on every evaluation.
const written = new Map<number, string>();
export function iso(instant: number): string {
  let text = written.get(instant);
  if (text === undefined) {
    text = new Date(instant).toISOString();
    if (written.size >= 10_000) written.clear();
    written.set(instant, text);
  }
  return text;
}

/** "a", "a and b", "a, b and c". */
export const listWords = (items: readonly string[], empty = "nobody"): string =>
  items.length === 0
    ? empty
    : items.length === 1
      ? (items[0] ?? empty)
      : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** "1 lint finding", "3 lint findings". */
export const countWords = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? "" : "s"}`;

/** "2 lint errors", "1 lint error and 1 warning": what a decision's findings hold. */
export const findingWords = (findings: ReadonlyArray<{ severity: string }>): string => {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  const errorText = countWords(errors, "lint error");
  return warnings > 0 ? `${errorText} and ${countWords(warnings, "warning")}` : errorText;
};
