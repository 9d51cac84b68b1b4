import { z } from "zod";
import { parseInputs } from "./errors.js";
import { type Config, type ConfigInput, ConfigSchema } from "./schemas/config.js";
import { type Incident, type IncidentInput, IncidentSchema } from "./schemas/incident.js";
import { type Ticket, type TicketInput, TicketSchema } from "./schemas/ticket.js";

export type MatchReasonKind =
  | "tag"
  | "marked_related"
  | "component"
  | "keyword"
  | "created_before_declaration"
  | "created_after_declaration";

export interface MatchReason {
  kind: MatchReasonKind;
  /** One plain sentence explaining the reason. */
  detail: string;
}

export interface TicketMatch {
  ticketId: string;
  reasons: MatchReason[];
  /** Opened before the incident was declared: the queue sweep looks for these. */
  createdBeforeDeclaration: boolean;
}

// Words too common in ticket subjects to tie a ticket to an incident by themselves.
const STOP_WORDS = new Set([
  "with",
  "from",
  "that",
  "this",
  "have",
  "been",
  "issue",
  "issues",
  "problem",
  "problems",
  "error",
  "errors",
  "incident",
  "down",
  "slow",
  "working",
  "broken",
  "failing",
  "failure",
]);
const KEYWORDS_NEEDED = 2;

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const significantWords = (text: string): string[] =>
  [...new Set(words(text))].filter((word) => word.length >= 4 && !STOP_WORDS.has(word));
const mentions = (subject: string, phrase: string): boolean =>
  ` ${words(subject).join(" ")} `.includes(` ${words(phrase).join(" ")} `);

export const incidentTag = (incident: Pick<Incident, "number">): string =>
  `incident/${incident.number}`;

/** Why one ticket looks related to the incident, or undefined when it does not. */
export function matchTicket(
  incident: Incident,
  ticket: Ticket,
  config: Config,
): TicketMatch | undefined {
  if (ticket.relatedToIncident === false) return undefined;
  const reasons: MatchReason[] = [];
  const tag = incidentTag(incident);
  if (ticket.tags.includes(tag)) reasons.push({ kind: "tag", detail: `Tagged ${tag}.` });
  if (ticket.relatedToIncident === true) {
    reasons.push({ kind: "marked_related", detail: "Marked as related to the incident." });
  }
  const textReasons: MatchReason[] = incident.affectedComponents
    .filter((component) => mentions(ticket.subject, component))
    .map((component) => ({
      kind: "component",
      detail: `Subject mentions the affected component "${component}".`,
    }));
  const subjectWords = new Set(words(ticket.subject));
  const shared = significantWords(incident.name).filter((word) => subjectWords.has(word));
  if (shared.length >= KEYWORDS_NEEDED) {
    textReasons.push({
      kind: "keyword",
      detail: `Subject shares the words ${shared.map((w) => `"${w}"`).join(", ")} with the incident name.`,
    });
  }
  const minutesBefore = Math.round(
    (Date.parse(incident.declaredAt) - Date.parse(ticket.createdAt)) / 60_000,
  );
  const inWindow = minutesBefore <= config.lookbackMinutes;
  if (inWindow && textReasons.length > 0) reasons.push(...textReasons);
  if (reasons.length === 0) return undefined;
  const createdBeforeDeclaration = minutesBefore > 0;
  reasons.push(
    createdBeforeDeclaration
      ? {
          kind: "created_before_declaration",
          detail: `Created ${minutesBefore} minutes before the incident was declared (look-back ${config.lookbackMinutes} minutes).`,
        }
      : { kind: "created_after_declaration", detail: "Created after the incident was declared." },
  );
  return { ticketId: ticket.id, reasons, createdBeforeDeclaration };
}

/** The tickets that look related to the incident, in input order, each with its reasons. */
export function matchTickets(
  incident: IncidentInput,
  tickets: readonly TicketInput[],
  config: ConfigInput = {},
): TicketMatch[] {
  const parsed = parseInputs({
    incident: [IncidentSchema, incident],
    tickets: [z.array(TicketSchema), tickets],
    config: [ConfigSchema, config],
  } as const);
  const { incident: parsedIncident, tickets: parsedTickets, config: parsedConfig } = parsed;
  return parsedTickets.flatMap((ticket) => matchTicket(parsedIncident, ticket, parsedConfig) ?? []);
}
