import type { IncidentSituation, TicketSituation } from "../facts/situation.js";
import type { INCIDENT_ACTIONS, TICKET_ACTIONS } from "../schemas/decision.js";
import type { Person } from "../schemas/person.js";

/** What an action adds to its decision: data for consumers, a due time, words for the summary. */
export interface DetailResult {
  details: Record<string, unknown>;
  due?: string;
  words?: Record<string, string>;
}

export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export type IncidentDetailBuilders = Record<IncidentAction, (s: IncidentSituation) => DetailResult>;
export type TicketDetailBuilders = Record<TicketAction, (s: TicketSituation) => DetailResult>;

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

export const iso = (instant: number): string => new Date(instant).toISOString();

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
