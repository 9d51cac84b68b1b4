import type { Config } from "../schemas/config.js";
import type { IncidentStatus } from "../schemas/incident.js";

/** The flat facts incident-level rules test. */
export interface IncidentFacts {
  status: IncidentStatus;
  severityIsMajor: boolean;
  security: boolean;
  majorOrSecurity: boolean;
  hasWatcher: boolean;
  watcherAbsent: boolean;
  hasCommsLead: boolean;
  supportCoverageNow: boolean;
  minutesSinceWatcherRequested: number;
  handRaisedSinceRequest: boolean;
  externalCommsRequired: boolean;
  customerFacing: boolean;
  hasStatusPage: boolean;
  statusPageErrorCount: number;
  componentsMissingCount: number;
  componentsExtraCount: number;
  hasMacro: boolean;
  macroErrorCount: number;
  macroSharedWithComms: boolean;
  macroApprovedByComms: boolean;
  macroAnnounced: boolean;
  impactChangedSinceMacroUpdate: boolean;
  macroEditedSinceComms: boolean;
  relatedTicketCount: number;
  unattachedEarlyTicketCount: number;
  impactChangedSinceTeamUpdate: boolean;
  resolvedSinceTeamUpdate: boolean;
  proactiveOutreachRequested: boolean;
  proactiveConfirmationsMissing: number;
  watcherMinutesLeft: number;
  handoverNotePosted: boolean;
  ticketPatternReported: boolean;
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
  status: IncidentStatus;
  related: boolean;
  attached: boolean;
  tagged: boolean;
  ticketClosed: boolean;
  customerWaiting: boolean;
  macroUsable: boolean;
  draftErrorCount: number;
  csRoute: CsRoute;
  accountTeamOffline: boolean;
  supportCoverageNow: boolean;
  atOrAboveOnCallGlobalSeverity: boolean;
  resolutionNoticeSent: boolean;
}

/** The flat facts queue-level rules test, per cluster of tickets about the same thing. */
export interface ClusterFacts {
  clusterTicketCount: number;
}

/** Config values rules compare against, exposed as facts so POLICY.md shows the default. */
export const CONFIG_FACTS = [
  "nudgeAfterMinutes",
  "handoverLeadMinutes",
  "ticketPatternThreshold",
  "raiseIncidentMinTickets",
] as const satisfies ReadonlyArray<keyof Config>;
export type ConfigFacts = Pick<Config, (typeof CONFIG_FACTS)[number]>;

export const configFacts = (config: Config): ConfigFacts => ({
  nudgeAfterMinutes: config.nudgeAfterMinutes,
  handoverLeadMinutes: config.handoverLeadMinutes,
  ticketPatternThreshold: config.ticketPatternThreshold,
  raiseIncidentMinTickets: config.raiseIncidentMinTickets,
});

/** Plain-words meaning of every fact, for POLICY.md and the CLI. */
export const FACT_DESCRIPTIONS: Record<
  keyof IncidentFacts | keyof TicketFacts | keyof ClusterFacts | keyof ConfigFacts,
  string
> = {
  status: "the incident's status: triage, active, monitoring, resolved, closed, declined or merged",
  severityIsMajor: "whether the incident is major or critical",
  security: "whether the incident is a security incident",
  majorOrSecurity: "whether the incident is major, critical or security",
  hasWatcher: "whether a Support Watcher is assigned",
  watcherAbsent:
    "whether the assigned Support Watcher is outside their working day or out of office (a break shorter than shiftBreakMaxMinutes does not count); false when none is assigned",
  hasCommsLead: "whether a Comms Lead is assigned",
  supportCoverageNow:
    "whether someone in support (the team, or an assigned watcher the team does not list) is within working hours now, out-of-office respected",
  minutesSinceWatcherRequested:
    "minutes since the watcher request was posted (or since declaration when none was)",
  handRaisedSinceRequest:
    "whether someone raised their hand in the workflow thread since the watcher request (or since an absent watcher went off)",
  externalCommsRequired: "whether the incident requires external comms",
  customerFacing:
    "whether customers are affected: related tickets are in the queue or external comms are required",
  hasStatusPage: "whether the incident has a status page entry",
  statusPageErrorCount:
    "error-level lint findings on the status page message (warnings only ride along in the details)",
  componentsMissingCount: "affected components not marked on the status page",
  componentsExtraCount: "components marked on the status page that are not affected",
  hasMacro: "whether an incident macro exists",
  macroErrorCount:
    "error-level lint findings on the macro (tag, status page link, impact); warnings only ride along in the details",
  macroSharedWithComms: "whether the macro was shared with the Comms Lead",
  macroApprovedByComms:
    "whether the Comms Lead approved the macro as it is now (approved at or after its last edit)",
  macroAnnounced: "whether the team channel was told about the macro",
  impactChangedSinceMacroUpdate: "whether the impact changed after the macro was last updated",
  macroEditedSinceComms:
    "whether the macro was edited after the Comms Lead last saw it (the later of sharing and approval); false without a Comms Lead or before they saw it",
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
  watcherMinutesLeft:
    "minutes left in the Support Watcher's working day, breaks shorter than shiftBreakMaxMinutes included (0 when off shift or out of office)",
  handoverNotePosted:
    "whether a handover note was posted in the workflow thread within handoverLeadMinutes before the handover is due, or later",
  ticketPatternReported: "whether the ticket pattern was noted in the incident channel",
  docsReviewed: "whether docs and help content were reviewed after the incident",
  hasPostMortem: "whether a post-mortem document exists",
  postMortemFeedbackGiven: "whether support feedback was added to the post-mortem",
  related: "whether the ticket is related to the incident (explicitly, by tag, or by matching)",
  attached:
    "whether the ticket is attached to the incident: attachedToIncident when given, else whether it carries the incident/<number> tag",
  tagged: "whether the ticket carries the incident/<number> tag",
  ticketClosed: "whether the ticket is closed and can no longer be updated",
  customerWaiting: "whether the customer is waiting on a reply from us",
  macroUsable:
    "whether the incident macro can be used (it exists and, for major or security incidents with a Comms Lead, was approved)",
  draftErrorCount:
    "error-level lint findings on the draft reply (warnings only ride along in the details)",
  csRoute:
    "how an enterprise customer is handled: not_enterprise, no_account_team, minor_direct, consult, awaiting_cs, cs_handles, cs_declined, cs_silent or account_team_offline",
  accountTeamOffline:
    "whether the customer is enterprise with a TAM or CSM and none of them is within working hours",
  atOrAboveOnCallGlobalSeverity: "whether the severity is at or above onCallGlobalMinSeverity",
  resolutionNoticeSent: "whether the customer was told the incident is resolved",
  clusterTicketCount:
    "open tickets created within raiseIncidentWindowMinutes that report a problem about the same thing (shared words, or a component of componentKeywords) and that no live incident explains (by tag or by matching)",
  nudgeAfterMinutes: "config nudgeAfterMinutes",
  handoverLeadMinutes: "config handoverLeadMinutes",
  ticketPatternThreshold: "config ticketPatternThreshold",
  raiseIncidentMinTickets: "config raiseIncidentMinTickets",
};
