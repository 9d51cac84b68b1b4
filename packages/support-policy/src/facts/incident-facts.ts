// The facts incident-level rules test: each one's meaning and its one computation.
import { after, minutesBetween } from "../situation/incident-state.js";
import { errorCount } from "../situation/linting.js";
import type { IncidentSituation } from "../situation/types.js";
import { defineFacts, type FactValues, factsFrom } from "./define.js";

export const INCIDENT_FACTS = defineFacts<IncidentSituation>()({
  status: {
    description:
      "the incident's status: triage, active, monitoring, resolved, closed, declined or merged",
    of: (s) => s.incident.status,
  },
  severityIsMajor: {
    description: "whether the incident is major or critical",
    of: (s) => s.readings.major,
  },
  security: {
    description: "whether the incident is a security incident",
    of: (s) => s.incident.security,
  },
  majorOrSecurity: {
    description: "whether the incident is major, critical or security",
    of: (s) => s.readings.majorOrSecurity,
  },
  hasWatcher: {
    description: "whether a Support Watcher is assigned",
    of: (s) => s.incident.roles.supportWatcher !== undefined,
  },
  watcherAbsent: {
    description:
      "whether the assigned Support Watcher is outside their working day or out of office (a break shorter than shiftBreakMaxMinutes does not count); false when none is assigned",
    of: (s) => s.watcher?.absence !== undefined,
  },
  hasCommsLead: {
    description: "whether a Comms Lead is assigned",
    of: (s) => s.incident.roles.commsLead !== undefined,
  },
  supportCoverageNow: {
    description:
      "whether someone in support (the team, or an assigned watcher the team does not list) is within working hours now, out-of-office respected",
    of: (s) => s.coverage.working.length > 0,
  },
  minutesSinceWatcherRequested: {
    description:
      "minutes since the watcher request was posted (or since declaration when none was)",
    of: (s) => minutesBetween(s.readings.watcherRequestedAt, s.now),
  },
  handRaisedSinceRequest: {
    description:
      "whether someone raised their hand in the workflow thread since the watcher request (or since an absent watcher went off)",
    of: (s) => s.handsRaised.length > 0,
  },
  externalCommsRequired: {
    description: "whether the incident requires external comms",
    of: (s) => s.incident.externalCommsRequired === true,
  },
  customerFacing: {
    description:
      "whether customers are affected: related tickets are in the queue or external comms are required",
    of: (s) => s.queueMatches.length > 0 || s.incident.externalCommsRequired === true,
  },
  hasStatusPage: {
    description: "whether the incident has a status page entry",
    of: (s) => s.incident.statusPage !== undefined,
  },
  statusPageErrorCount: {
    description:
      "error-level lint findings on the status page message (warnings only ride along in the details)",
    of: (s) => errorCount(s.readings.statusPageFindings),
  },
  componentsMissingCount: {
    description: "affected components not marked on the status page",
    of: (s) => (s.incident.statusPage ? s.readings.components.missing.length : 0),
  },
  componentsExtraCount: {
    description: "components marked on the status page that are not affected",
    of: (s) => (s.incident.statusPage ? s.readings.components.extra.length : 0),
  },
  hasMacro: {
    description: "whether an incident macro exists",
    of: (s) => s.incident.macro !== undefined,
  },
  macroErrorCount: {
    description:
      "error-level lint findings on the macro (tag, status page link, impact); warnings only ride along in the details",
    of: (s) => errorCount(s.readings.macroFindings),
  },
  macroSharedWithComms: {
    description: "whether the macro was shared with the Comms Lead",
    of: (s) => s.incident.macro?.sharedWithCommsAt !== undefined,
  },
  macroApprovedByComms: {
    description:
      "whether the Comms Lead approved the macro as it is now (approved at or after its last edit)",
    of: (s) => s.readings.macro.approved,
  },
  macroAnnounced: {
    description: "whether the team channel was told about the macro",
    of: (s) => s.incident.macro?.announcedToTeamAt !== undefined,
  },
  impactChangedSinceMacroUpdate: {
    description: "whether the impact changed after the macro was last updated",
    of: (s) => s.readings.macro.impactChangedSinceUpdate,
  },
  macroEditedSinceComms: {
    description:
      "whether the macro was edited after the Comms Lead last saw it (the later of sharing and approval); false without a Comms Lead or before they saw it",
    of: (s) => s.readings.macro.editedSinceComms,
  },
  relatedTicketCount: {
    description: "queue tickets that look related to the incident",
    of: (s) => s.queueMatches.length,
  },
  unattachedEarlyTicketCount: {
    description:
      "related queue tickets created before declaration and not attached to the incident",
    of: (s) => s.unattachedEarly.length,
  },
  impactChangedSinceTeamUpdate: {
    description: "whether the impact changed after the last update to the team channel",
    of: (s) => s.readings.impactChangedSinceTeamUpdate,
  },
  resolvedSinceTeamUpdate: {
    description: "whether the incident was resolved after the last update to the team channel",
    of: (s) =>
      s.readings.impactOver &&
      after(s.incident.resolvedAt ?? new Date(s.now).toISOString(), s.incident.lastTeamUpdateAt),
  },
  proactiveOutreachRequested: {
    description: "whether proactive outreach to customers was requested",
    of: (s) => s.incident.proactiveOutreach !== undefined,
  },
  proactiveConfirmationsMissing: {
    description:
      "confirmations still missing for proactive outreach (incident lead, and Comms Lead when assigned)",
    of: (s) => s.readings.proactiveMissing.length,
  },
  watcherMinutesLeft: {
    description:
      "minutes left in the Support Watcher's working day, breaks shorter than shiftBreakMaxMinutes included (0 when off shift or out of office)",
    of: (s) => {
      const today = s.watcher?.today;
      return today ? minutesBetween(s.now, today.end) : 0;
    },
  },
  handoverNotePosted: {
    description:
      "whether a handover note was posted in the workflow thread within handoverLeadMinutes before the handover is due, or later",
    of: (s) => s.handoverNotePosted,
  },
  ticketPatternReported: {
    description: "whether the ticket pattern was noted in the incident channel",
    of: (s) => s.incident.ticketPatternReportedAt !== undefined,
  },
  docsReviewed: {
    description: "whether docs and help content were reviewed after the incident",
    of: (s) => s.incident.docsReviewedAt !== undefined,
  },
  hasPostMortem: {
    description: "whether a post-mortem document exists",
    of: (s) => s.incident.postMortem !== undefined,
  },
  postMortemFeedbackGiven: {
    description: "whether support feedback was added to the post-mortem",
    of: (s) => s.incident.postMortem?.supportFeedbackAt !== undefined,
  },
});

export type IncidentFacts = FactValues<typeof INCIDENT_FACTS>;
export const incidentFacts = factsFrom(INCIDENT_FACTS);
