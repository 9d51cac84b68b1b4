// What an evaluation knows, computed once: every value a fact tests or a decision's details show
// is worked out here and read from here.
import type { Finding, LintContext } from "../lint/index.js";
import type { MatchProfile, TicketMatch } from "../match-tickets.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import type { Person } from "../schemas/person.js";
import type { Ticket } from "../schemas/ticket.js";
import type { Coverage, RosterEntry } from "../time/coverage.js";
import type { WatcherState } from "./watcher.js";
import type { HandoverNoteRef, HandRaise } from "./workflow-thread.js";

/** Who still has to confirm a proactive outreach. */
export type ProactiveRole = "incident_lead" | "comms_lead";

/** The state of the incident macro as the handbook's macro steps read it. */
export interface MacroReading {
  /** It exists and, for a major or security incident with a Comms Lead, was approved as it is now. */
  usable: boolean;
  /** The Comms Lead approved it at or after its last edit. */
  approved: boolean;
  /** An approval older than its last edit: the edited text needs a fresh review. */
  editedAfterApproval: boolean;
  /** Edited after the assigned Comms Lead last saw it (shared or approved). */
  editedSinceComms: boolean;
  /** When the Comms Lead last saw it: the later of sharing and approval (epoch ms). */
  lastSeenByComms: number | undefined;
  /** The impact changed after its last update. */
  impactChangedSinceUpdate: boolean;
}

/**
 * What the policy reads from one incident and the config, whatever the time: worked out once per
 * evaluation and shared by the incident-level decisions and every ticket's.
 */
export interface IncidentReadings {
  /** `incident/<number>`. */
  tag: string;
  /** Major or critical. */
  major: boolean;
  majorOrSecurity: boolean;
  atOrAboveOnCallGlobalSeverity: boolean;
  /** The impact is over: resolved or closed. */
  impactOver: boolean;
  /** When the watcher request was posted, else the declaration (epoch ms). */
  watcherRequestedAt: number;
  /** The newest handover note in the workflow thread; null when none was posted. */
  handoverNote: HandoverNoteRef | null;
  macro: MacroReading;
  /** Affected components not marked on the status page, and marked ones not affected. */
  components: { missing: string[]; extra: string[] };
  proactiveMissing: ProactiveRole[];
  impactChangedSinceTeamUpdate: boolean;
  statusPageFindings: readonly Finding[];
  macroFindings: readonly Finding[];
  /** The incident's side of ticket matching. */
  profile: MatchProfile;
  /** Words every summary may use. */
  words: Readonly<Record<string, string>>;
  /** The lint context for texts about this incident, and its key in the policy's lint memo. */
  lintContext: LintContext;
  lintContextKey: string;
}

/** Everything an incident-level evaluation knows. */
export interface IncidentSituation {
  incident: Incident;
  config: Config;
  now: number;
  readings: IncidentReadings;
  /** Everyone in support, each once: the team plus a watcher not listed in it. */
  roster: readonly RosterEntry[];
  coverage: Coverage;
  /** The assigned Support Watcher; undefined when nobody is assigned. */
  watcher: WatcherState | undefined;
  /** When the wait for a volunteer started: the request, or when an absent watcher went off. */
  volunteerRequestedAt: number;
  /** Hands raised in the workflow thread since then, earliest first. */
  handsRaised: readonly HandRaise[];
  /** The note for this handover is in the workflow thread. */
  handoverNotePosted: boolean;
  queue: readonly Ticket[];
  queueMatches: readonly TicketMatch[];
  /** Related queue tickets opened before declaration and not attached to the incident. */
  unattachedEarly: readonly string[];
}

/** Where a side conversation with CS/sales about the ticket stands. */
export type CsConsultation = "none" | "awaiting" | "silent" | "handles" | "declined";

/** What a ticket-level evaluation knows about one ticket of the incident. */
export interface TicketSituation {
  incident: Incident;
  config: Config;
  now: number;
  readings: IncidentReadings;
  coverage: Coverage;
  ticket: Ticket;
  match: TicketMatch | undefined;
  related: boolean;
  attached: boolean;
  tagged: boolean;
  customerWaiting: boolean;
  draftFindings: readonly Finding[];
  /** An enterprise customer's TAM and CSM (nobody for other customers). */
  accountTeam: ReadonlyArray<{ role: "tam" | "csm"; person: Person }>;
  /** The organisation's TAM and CSM who are within working hours now. */
  accountTeamWorking: readonly Person[];
  consultation: CsConsultation;
  /** When an open side conversation times out (epoch ms). */
  csDeadline: number | undefined;
}
