import { z } from "zod";
import { listWords } from "./details/types.js";
import { parseInputs } from "./errors.js";
import {
  type IncidentProfile,
  incidentProfile,
  relate,
  type Shared,
  subjectTerms,
  type TextEvidence,
} from "./match/relate.js";
import type { TextTerms } from "./match/terms.js";
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
  /**
   * The subject's words that matched, as written: on `keyword` reasons, and on `component`
   * reasons found through `config.componentKeywords`.
   */
  words?: string[];
}

export interface TicketMatch {
  ticketId: string;
  reasons: MatchReason[];
  /** Opened before the incident was declared: the queue sweep looks for these. */
  createdBeforeDeclaration: boolean;
}

type SharedTerm = Extract<Shared, { kind: "term" }>;

function sharedWord(term: SharedTerm): string {
  if (term.concept !== undefined && term.concept !== term.words.toLowerCase()) {
    return `"${term.words}" (${term.concept})`;
  }
  return term.words.toLowerCase() === term.incidentWords.toLowerCase()
    ? `"${term.words}"`
    : `"${term.words}" (as "${term.incidentWords}")`;
}

/** One reason per component named, then one for the shared words. */
function textReasons(evidence: TextEvidence): MatchReason[] {
  const reasons: MatchReason[] = [];
  const terms: SharedTerm[] = [];
  for (const shared of evidence.shared) {
    if (shared.kind === "term") terms.push(shared);
    else if (shared.keyword) {
      reasons.push({
        kind: "component",
        detail: `Subject mentions "${shared.words}", a keyword of the affected component "${shared.component}".`,
        words: [shared.words],
      });
    } else {
      reasons.push({
        kind: "component",
        detail: `Subject mentions the affected component "${shared.component}".`,
      });
    }
  }
  if (terms.length > 0) {
    reasons.push({
      kind: "keyword",
      detail: `Subject shares the words ${listWords(terms.map(sharedWord))} with the incident, and reports a problem ("${evidence.problem}").`,
      words: terms.map((term) => term.words),
    });
  }
  return reasons;
}

// Built once per incident and config: the queue is matched against the same incident many times.
const profiles = new WeakMap<Incident, WeakMap<Config, IncidentProfile>>();
function profileOf(incident: Incident, config: Config): IncidentProfile {
  let byConfig = profiles.get(incident);
  if (!byConfig) {
    byConfig = new WeakMap();
    profiles.set(incident, byConfig);
  }
  let profile = byConfig.get(config);
  if (!profile) {
    profile = incidentProfile(incident, config);
    byConfig.set(config, profile);
  }
  return profile;
}

export const incidentTag = (incident: Pick<Incident, "number">): string =>
  `incident/${incident.number}`;

/**
 * Why one ticket looks related to the incident, or undefined when it does not. `subject` may carry
 * the subject's terms when they were already worked out with this config's vocabulary.
 */
export function matchTicket(
  incident: Incident,
  ticket: Ticket,
  config: Config,
  subject?: TextTerms,
): TicketMatch | undefined {
  if (ticket.relatedToIncident === false) return undefined;
  const reasons: MatchReason[] = [];
  const tag = incidentTag(incident);
  if (ticket.tags.includes(tag)) reasons.push({ kind: "tag", detail: `Tagged ${tag}.` });
  if (ticket.relatedToIncident === true) {
    reasons.push({ kind: "marked_related", detail: "Marked as related to the incident." });
  }
  const minutesBefore = Math.round(
    (Date.parse(incident.declaredAt) - Date.parse(ticket.createdAt)) / 60_000,
  );
  if (minutesBefore <= config.lookbackMinutes) {
    const profile = profileOf(incident, config);
    const evidence = relate(profile, subject ?? subjectTerms(ticket.subject, profile));
    if (evidence) reasons.push(...textReasons(evidence));
  }
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
