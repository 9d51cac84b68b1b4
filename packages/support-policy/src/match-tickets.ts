import { z } from "zod";
import { listWords } from "./details/words.js";
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

export const incidentTag = (incident: Pick<Incident, "number">): string =>
  `incident/${incident.number}`;

/** What matching needs to know of an incident, worked out once and used for every ticket. */
export interface MatchProfile {
  tag: string;
  declaredAt: number;
  lookbackMinutes: number;
  /** The incident's name and components, read for comparing subjects. */
  text: IncidentProfile;
}

/** The matching profile of an incident under a config: build it once, match the queue against it. */
export function incidentMatchProfile(incident: Incident, config: Config): MatchProfile {
  return {
    tag: incidentTag(incident),
    declaredAt: Date.parse(incident.declaredAt),
    lookbackMinutes: config.lookbackMinutes,
    text: incidentProfile(incident, config),
  };
}

/**
 * Why one ticket looks related to the profiled incident, or undefined when it does not. `subject`
 * may carry the subject's terms when they were already worked out with the same config.
 */
export function matchTicketToProfile(
  profile: MatchProfile,
  ticket: Ticket,
  subject?: TextTerms,
): TicketMatch | undefined {
  if (ticket.relatedToIncident === false) return undefined;
  const reasons: MatchReason[] = [];
  if (ticket.tags.includes(profile.tag)) {
    reasons.push({ kind: "tag", detail: `Tagged ${profile.tag}.` });
  }
  if (ticket.relatedToIncident === true) {
    reasons.push({ kind: "marked_related", detail: "Marked as related to the incident." });
  }
  const minutesBefore = Math.round((profile.declaredAt - Date.parse(ticket.createdAt)) / 60_000);
  if (minutesBefore <= profile.lookbackMinutes) {
    const evidence = relate(profile.text, subject ?? subjectTerms(ticket.subject, profile.text));
    if (evidence) reasons.push(...textReasons(evidence));
  }
  if (reasons.length === 0) return undefined;
  const createdBeforeDeclaration = minutesBefore > 0;
  reasons.push(
    createdBeforeDeclaration
      ? {
          kind: "created_before_declaration",
          detail: `Created ${minutesBefore} minutes before the incident was declared (look-back ${profile.lookbackMinutes} minutes).`,
        }
      : { kind: "created_after_declaration", detail: "Created after the incident was declared." },
  );
  return { ticketId: ticket.id, reasons, createdBeforeDeclaration };
}

// For callers that hold no profile: one per incident and config, kept while both are alive.
const profiles = new WeakMap<Incident, WeakMap<Config, MatchProfile>>();
function profileOf(incident: Incident, config: Config): MatchProfile {
  let byConfig = profiles.get(incident);
  if (!byConfig) {
    byConfig = new WeakMap();
    profiles.set(incident, byConfig);
  }
  let profile = byConfig.get(config);
  if (!profile) {
    profile = incidentMatchProfile(incident, config);
    byConfig.set(config, profile);
  }
  return profile;
}

/**
 * Why one ticket looks related to the incident, or undefined when it does not; the incident's
 * profile is built on first use and reused. `subject` as for `matchTicketToProfile`.
 */
export function matchTicket(
  incident: Incident,
  ticket: Ticket,
  config: Config,
  subject?: TextTerms,
): TicketMatch | undefined {
  return matchTicketToProfile(profileOf(incident, config), ticket, subject);
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
  const profile = incidentMatchProfile(parsed.incident, parsed.config);
  return parsed.tickets.flatMap((ticket) => matchTicketToProfile(profile, ticket) ?? []);
}
