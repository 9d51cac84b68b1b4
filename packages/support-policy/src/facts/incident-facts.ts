import type { Ticket } from "../schemas/ticket.js";
import { isAttached } from "./attachment.js";
import type { IncidentFacts } from "./catalogue.js";
import {
  after,
  componentDifferences,
  isImpactOver,
  isMacroApproved,
  isMacroEditedSinceComms,
  isMajor,
  isMajorOrSecurity,
  minutesBetween,
  proactiveConfirmationsMissing,
} from "./incident-state.js";
import { errorCount } from "./linting.js";
import type { IncidentSituation } from "./situation.js";

/** Minutes left in the watcher's working day (0 when off shift, out of office or unassigned). */
export const watcherMinutesLeft = (situation: IncidentSituation): number => {
  const today = situation.watcher?.today;
  return today ? minutesBetween(situation.now, today.end) : 0;
};

/** When the wait for a volunteer started: the request, or when an absent watcher went off. */
export function volunteerRequestedAt(situation: IncidentSituation): number {
  const { incident, watcher } = situation;
  const requested = Date.parse(incident.supportWatcherRequestedAt ?? incident.declaredAt);
  return Math.max(requested, watcher?.absence ? (watcher.offSince ?? requested) : requested);
}

/** Hands raised in the workflow thread since the wait for a volunteer started, earliest first. */
export const handsRaisedSinceRequest = (situation: IncidentSituation) =>
  (situation.incident.handRaises ?? [])
    .filter((raise) => Date.parse(raise.at) >= volunteerRequestedAt(situation))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/**
 * Whether this handover's note is already posted: one posted at most handoverLeadMinutes before
 * the handover is due (the end of the watcher's day, or when they went off), or later.
 */
export function handoverNotePosted(situation: IncidentSituation): boolean {
  const { watcher, now, config } = situation;
  const due = watcher?.today ? watcher.today.end : (watcher?.offSince ?? now);
  const from = due - config.handoverLeadMinutes * 60_000;
  return (situation.incident.handoverNotes ?? []).some((note) => Date.parse(note.at) >= from);
}

/** Related queue tickets opened before declaration that are not attached to the incident. */
export function unattachedEarlyTickets(situation: IncidentSituation): string[] {
  const byId = new Map<string, Ticket>(situation.queue.map((ticket) => [ticket.id, ticket]));
  return situation.queueMatches
    .filter((match) => match.createdBeforeDeclaration)
    .filter((match) => {
      const ticket = byId.get(match.ticketId);
      return ticket !== undefined && !isAttached(situation.incident, ticket);
    })
    .map((match) => match.ticketId);
}

export function incidentFacts(situation: IncidentSituation): IncidentFacts {
  const { incident, now } = situation;
  const { missing, extra } = componentDifferences(incident);
  const requestedAt = incident.supportWatcherRequestedAt ?? incident.declaredAt;
  const relatedTicketCount = situation.queueMatches.length;
  return {
    status: incident.status,
    severityIsMajor: isMajor(incident),
    security: incident.security,
    majorOrSecurity: isMajorOrSecurity(incident),
    hasWatcher: incident.roles.supportWatcher !== undefined,
    watcherAbsent: situation.watcher?.absence !== undefined,
    hasCommsLead: incident.roles.commsLead !== undefined,
    supportCoverageNow: situation.coverage.working.length > 0,
    minutesSinceWatcherRequested: minutesBetween(Date.parse(requestedAt), now),
    handRaisedSinceRequest: handsRaisedSinceRequest(situation).length > 0,
    externalCommsRequired: incident.externalCommsRequired === true,
    customerFacing: relatedTicketCount > 0 || incident.externalCommsRequired === true,
    hasStatusPage: incident.statusPage !== undefined,
    statusPageErrorCount: errorCount(situation.statusPageFindings),
    componentsMissingCount: incident.statusPage ? missing.length : 0,
    componentsExtraCount: incident.statusPage ? extra.length : 0,
    hasMacro: incident.macro !== undefined,
    macroErrorCount: errorCount(situation.macroFindings),
    macroSharedWithComms: incident.macro?.sharedWithCommsAt !== undefined,
    macroApprovedByComms: isMacroApproved(incident),
    macroAnnounced: incident.macro?.announcedToTeamAt !== undefined,
    impactChangedSinceMacroUpdate:
      incident.macro !== undefined && after(incident.impactChangedAt, incident.macro.updatedAt),
    macroEditedSinceComms: isMacroEditedSinceComms(incident),
    relatedTicketCount,
    unattachedEarlyTicketCount: unattachedEarlyTickets(situation).length,
    impactChangedSinceTeamUpdate: after(incident.impactChangedAt, incident.lastTeamUpdateAt),
    resolvedSinceTeamUpdate:
      isImpactOver(incident) &&
      after(incident.resolvedAt ?? new Date(now).toISOString(), incident.lastTeamUpdateAt),
    proactiveOutreachRequested: incident.proactiveOutreach !== undefined,
    proactiveConfirmationsMissing: proactiveConfirmationsMissing(incident).length,
    watcherMinutesLeft: watcherMinutesLeft(situation),
    handoverNotePosted: handoverNotePosted(situation),
    ticketPatternReported: incident.ticketPatternReportedAt !== undefined,
    docsReviewed: incident.docsReviewedAt !== undefined,
    hasPostMortem: incident.postMortem !== undefined,
    postMortemFeedbackGiven: incident.postMortem?.supportFeedbackAt !== undefined,
  };
}
