import type { Finding, LintContext } from "../lint/index.js";
import type { TicketMatch } from "../match-tickets.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import type { Person } from "../schemas/person.js";
import type { Ticket } from "../schemas/ticket.js";
import type { Coverage, RosterEntry } from "../time/coverage.js";
import type { WatcherState } from "./watcher.js";

/** Everything an incident-level evaluation knows, computed once and shared by facts and details. */
export interface IncidentSituation {
  incident: Incident;
  config: Config;
  now: number;
  team: Person[];
  /** Everyone in support, each once: the team plus a watcher not listed in it. */
  roster: RosterEntry[];
  coverage: Coverage;
  /** The assigned Support Watcher; undefined when nobody is assigned. */
  watcher: WatcherState | undefined;
  queue: Ticket[];
  queueMatches: TicketMatch[];
  statusPageFindings: Finding[];
  macroFindings: Finding[];
}

/** What a ticket-level evaluation knows about one ticket. */
export interface TicketSituation {
  incident: Incident;
  config: Config;
  now: number;
  coverage: Coverage;
  ticket: Ticket;
  match: TicketMatch | undefined;
  draftFindings: Finding[];
  /** The people of the account team (TAM, CSM) within working hours now. */
  accountTeamWorking: Person[];
}

/** The lint context for this incident, carrying the lint keys of the config. */
export function lintContextFor(incident: Incident, config: Config): LintContext {
  const lintConfig: NonNullable<LintContext["config"]> = {};
  if (config.jargon) lintConfig.jargon = config.jargon;
  if (config.allowedTerms) lintConfig.allowedTerms = config.allowedTerms;
  if (config.statusPageUrl) lintConfig.statusPageUrl = config.statusPageUrl;
  if (config.internalDomains) lintConfig.internalDomains = config.internalDomains;
  const about: NonNullable<LintContext["incident"]> = {
    number: incident.number,
    status: incident.status,
    affectedComponents: incident.affectedComponents,
  };
  if (incident.statusPage) about.statusPage = { url: incident.statusPage.url };
  if (incident.macro) about.macro = { tags: incident.macro.tags };
  return { incident: about, config: lintConfig };
}
