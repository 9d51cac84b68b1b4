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
  accountTeamOffline: boolean;
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
  live: "whether the incident is live (triage, active or monitoring)",
  impactOver: "whether the customer impact is over (resolved or closed)",
  severityIsMajor: "whether the incident is major or critical",
  security: "whether the incident is a security incident",
  majorOrSecurity: "whether the incident is major, critical or security",
  hasWatcher: "whether a Support Watcher is assigned",
  hasCommsLead: "whether a Comms Lead is assigned",
  supportCoverageNow:
    "whether someone in support is within working hours now (out-of-office respected)",
  minutesSinceWatcherRequested:
    "minutes since the watcher request was posted (or since declaration when none was)",
  externalCommsRequired: "whether the incident requires external comms",
  customerFacing:
    "whether customers are affected: related tickets are in the queue or external comms are required",
  hasStatusPage: "whether the incident has a status page entry",
  statusPageFindingCount: "lint findings on the status page message",
  componentsMissingCount: "affected components not marked on the status page",
  componentsExtraCount: "components marked on the status page that are not affected",
  hasMacro: "whether an incident macro exists",
  macroFindingCount: "lint findings on the macro (tag, status page link, impact)",
  macroSharedWithComms: "whether the macro was shared with the Comms Lead",
  macroApprovedByComms: "whether the Comms Lead approved the macro",
  macroAnnounced: "whether the team channel was told about the macro",
  impactChangedSinceMacroUpdate: "whether the impact changed after the macro was last updated",
  relatedTicketCount: "queue tickets that look related to the incident",
  unattachedEarlyTicketCount:
    "related queue tickets created before declaration and not attached to the incident",
  impactChangedSinceTeamUpdate:
    "whether the impact changed after the last update to the team channel",
  resolvedSinceTeamUpdate:
    "whether the incident was resolved after the last update to the team channel",
  proactiveOutreachRequested: "whether proactive outreach to customers was requested",
  proactiveConfirmationsMissing:
    "confirmations still missing for proactive outreach (incident lead, and Comms Lead when assigned)",
  watcherMinutesLeft: "minutes left in the Support Watcher's working hours (0 when off)",
  docsReviewed: "whether docs and help content were reviewed after the incident",
  hasPostMortem: "whether a post-mortem document exists",
  postMortemFeedbackGiven: "whether support feedback was added to the post-mortem",
  related: "whether the ticket is related to the incident (explicitly, by tag, or by matching)",
  attached: "whether the ticket is attached to the incident (or carries its incident/<number> tag)",
  ticketClosed: "whether the ticket is closed and can no longer be updated",
  customerWaiting: "whether the customer is waiting on a reply from us",
  macroUsable:
    "whether the incident macro can be used (it exists and, for major or security incidents with a Comms Lead, was approved)",
  draftFindingCount: "lint findings on the draft reply",
  csRoute:
    "how an enterprise customer is handled: not_enterprise, no_account_team, minor_direct, consult, awaiting_cs, cs_handles, cs_declined, cs_silent or account_team_offline",
  accountTeamOffline:
    "whether the customer is enterprise with a TAM or CSM and none of them is within working hours",
  atOrAboveOnCallGlobalSeverity: "whether the severity is at or above onCallGlobalMinSeverity",
  resolutionNoticeSent: "whether the customer was told the incident is resolved",
  nudgeAfterMinutes: "config nudgeAfterMinutes",
  handoverLeadMinutes: "config handoverLeadMinutes",
  ticketPatternThreshold: "config ticketPatternThreshold",
};
