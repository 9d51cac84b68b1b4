import type { Config } from "../schemas/config.js";

/** The flat facts incident-level rules test. */
export interface IncidentFacts {
  live: boolean;
  impactOver: boolean;
  severityIsMajor: boolean;
  security: boolean;
  majorOrSecurity: boolean;
  hasWatcher: boolean;
  hasCommsLead: boolean;
  supportCoverageNow: boolean;
  minutesSinceWatcherRequested: number;
  externalCommsRequired: boolean;
  customerFacing: boolean;
  hasStatusPage: boolean;
  statusPageFindingCount: number;
  componentsMissingCount: number;
  componentsExtraCount: number;
  hasMacro: boolean;
  macroFindingCount: number;
  macroSharedWithComms: boolean;
  macroApprovedByComms: boolean;
  macroAnnounced: boolean;
  impactChangedSinceMacroUpdate: boolean;
  relatedTicketCount: number;
  unattachedEarlyTicketCount: number;
  impactChangedSinceTeamUpdate: boolean;
  resolvedSinceTeamUpdate: boolean;
  proactiveOutreachRequested: boolean;
  proactiveConfirmationsMissing: number;
  watcherMinutesLeft: number;
  docsReviewed: boolean;
  hasPostMortem: boolean;
  postMortemFeedbackGiven: boolean;
}

/** How a ticket reaches its customer when an account team (TAM/CSM) may be involved. */
export type CsRoute =
  | "not_enterprise"
  | "no_account_team"
  | "minor_direct"
  | "consult"
  | "awaiting_cs"
  | "cs_handles"
  | "cs_declined"
  | "cs_silent"
  | "account_team_offline";

/** The flat facts ticket-level rules test. */
export interface TicketFacts {
  live: boolean;
  impactOver: boolean;
  related: boolean;
  attached: boolean;
  ticketClosed: boolean;
  customerWaiting: boolean;
  macroUsable: boolean;
  draftFindingCount: number;
  csRoute: CsRoute;
  supportCoverageNow: boolean;
  atOrAboveOnCallGlobalSeverity: boolean;
  resolutionNoticeSent: boolean;
}

/** Config values rules compare against, exposed as facts so POLICY.md shows the default. */
export const CONFIG_FACTS = [
  "nudgeAfterMinutes",
  "handoverLeadMinutes",
  "ticketPatternThreshold",
] as const satisfies ReadonlyArray<keyof Config>;
export type ConfigFacts = Pick<Config, (typeof CONFIG_FACTS)[number]>;

export const configFacts = (config: Config): ConfigFacts => ({
  nudgeAfterMinutes: config.nudgeAfterMinutes,
  handoverLeadMinutes: config.handoverLeadMinutes,
  ticketPatternThreshold: config.ticketPatternThreshold,
});

/** Plain-words meaning of every fact, for POLICY.md and the CLI. */
export const FACT_DESCRIPTIONS: Record<
  keyof IncidentFacts | keyof TicketFacts | keyof ConfigFacts,
  string
> = {
  live: "the incident is live (triage, active or monitoring)",
  impactOver: "the customer impact is over (resolved or closed)",
  severityIsMajor: "the incident is major or critical",
  security: "the incident is a security incident",
  majorOrSecurity: "the incident is major, critical or security",
  hasWatcher: "a Support Watcher is assigned",
  hasCommsLead: "a Comms Lead is assigned",
  supportCoverageNow: "someone in support is within working hours now (out-of-office respected)",
  minutesSinceWatcherRequested:
    "minutes since the watcher request was posted (or since declaration when none was)",
  externalCommsRequired: "the incident requires external comms",
  customerFacing:
    "customers are affected: related tickets are in the queue or external comms are required",
  hasStatusPage: "the incident has a status page entry",
  statusPageFindingCount: "lint findings on the status page message",
  componentsMissingCount: "affected components not marked on the status page",
  componentsExtraCount: "components marked on the status page that are not affected",
  hasMacro: "an incident macro exists",
  macroFindingCount: "lint findings on the macro (tag, status page link, impact)",
  macroSharedWithComms: "the macro was shared with the Comms Lead",
  macroApprovedByComms: "the Comms Lead approved the macro",
  macroAnnounced: "the team channel was told about the macro",
  impactChangedSinceMacroUpdate: "the impact changed after the macro was last updated",
  relatedTicketCount: "queue tickets that look related to the incident",
  unattachedEarlyTicketCount:
    "related queue tickets created before declaration and not attached to the incident",
  impactChangedSinceTeamUpdate: "the impact changed after the last update to the team channel",
  resolvedSinceTeamUpdate: "the incident was resolved after the last update to the team channel",
  proactiveOutreachRequested: "proactive outreach to customers was requested",
  proactiveConfirmationsMissing:
    "confirmations still missing for proactive outreach (incident lead, and Comms Lead when assigned)",
  watcherMinutesLeft: "minutes left in the Support Watcher's working hours (0 when off)",
  docsReviewed: "docs and help content were reviewed after the incident",
  hasPostMortem: "a post-mortem document exists",
  postMortemFeedbackGiven: "support feedback was added to the post-mortem",
  related: "the ticket is related to the incident (explicitly, by tag, or by matching)",
  attached: "the ticket is attached to the incident (or carries its incident/<number> tag)",
  ticketClosed: "the ticket is closed and can no longer be updated",
  customerWaiting: "the customer is waiting on a reply from us",
  macroUsable:
    "the incident macro can be used (it exists and, for major or security incidents with a Comms Lead, was approved)",
  draftFindingCount: "lint findings on the draft reply",
  csRoute:
    "how an enterprise customer is handled: not_enterprise, no_account_team, minor_direct, consult, awaiting_cs, cs_handles, cs_declined, cs_silent or account_team_offline",
  atOrAboveOnCallGlobalSeverity: "the severity is at or above onCallGlobalMinSeverity",
  resolutionNoticeSent: "the customer was told the incident is resolved",
  nudgeAfterMinutes: "config nudgeAfterMinutes",
  handoverLeadMinutes: "config handoverLeadMinutes",
  ticketPatternThreshold: "config ticketPatternThreshold",
};
