import { samePerson } from "../time/coverage.js";
import { type Interval, intervalAt } from "../time/intervals.js";
import { scheduleAround } from "../time/schedule.js";
import type { IncidentFacts } from "./catalogue.js";
import {
  after,
  componentDifferences,
  isImpactOver,
  isLive,
  isMajor,
  isMajorOrSecurity,
  minutesBetween,
  proactiveConfirmationsMissing,
} from "./incident-state.js";
import type { IncidentSituation } from "./situation.js";

/** The watcher's schedule: their roster entry when they are in the team, else their own hours. */
export function watcherSchedule(situation: IncidentSituation): Interval[] {
  const watcher = situation.incident.roles.supportWatcher;
  if (!watcher) return [];
  const entry = situation.roster.find((member) => samePerson(member.person, watcher));
  return (
    entry?.intervals ?? scheduleAround(watcher, situation.now, situation.config.defaultWorkingHours)
  );
}

/** Minutes left in the watcher's current stretch of working hours (0 when off or unassigned). */
export function watcherMinutesLeft(situation: IncidentSituation): number {
  const block = intervalAt(watcherSchedule(situation), situation.now);
  return block ? minutesBetween(situation.now, block.end) : 0;
}

/** Related queue tickets opened before declaration that nobody attached yet. */
export const unattachedEarlyTickets = (situation: IncidentSituation): string[] =>
  situation.queueMatches
    .filter((match) => match.createdBeforeDeclaration)
    .filter((match) => {
      const ticket = situation.queue.find((t) => t.id === match.ticketId);
      return ticket !== undefined && ticket.attachedToIncident !== true;
    })
    .map((match) => match.ticketId);

export function incidentFacts(situation: IncidentSituation): IncidentFacts {
  const { incident, now } = situation;
  const { missing, extra } = componentDifferences(incident);
  const requestedAt = incident.supportWatcherRequestedAt ?? incident.declaredAt;
  const relatedTicketCount = situation.queueMatches.length;
  return {
    live: isLive(incident),
    impactOver: isImpactOver(incident),
    severityIsMajor: isMajor(incident),
    security: incident.security,
    majorOrSecurity: isMajorOrSecurity(incident),
    hasWatcher: incident.roles.supportWatcher !== undefined,
    hasCommsLead: incident.roles.commsLead !== undefined,
    supportCoverageNow: situation.coverage.working.length > 0,
    minutesSinceWatcherRequested: minutesBetween(Date.parse(requestedAt), now),
    externalCommsRequired: incident.externalCommsRequired === true,
    customerFacing: relatedTicketCount > 0 || incident.externalCommsRequired === true,
    hasStatusPage: incident.statusPage !== undefined,
    statusPageFindingCount: situation.statusPageFindings.length,
    componentsMissingCount: incident.statusPage ? missing.length : 0,
    componentsExtraCount: incident.statusPage ? extra.length : 0,
    hasMacro: incident.macro !== undefined,
    macroFindingCount: situation.macroFindings.length,
    macroSharedWithComms: incident.macro?.sharedWithCommsAt !== undefined,
    macroApprovedByComms: incident.macro?.approvedByCommsAt !== undefined,
    macroAnnounced: incident.macro?.announcedToTeamAt !== undefined,
    impactChangedSinceMacroUpdate:
      incident.macro !== undefined && after(incident.impactChangedAt, incident.macro.updatedAt),
    relatedTicketCount,
    unattachedEarlyTicketCount: unattachedEarlyTickets(situation).length,
    impactChangedSinceTeamUpdate: after(incident.impactChangedAt, incident.lastTeamUpdateAt),
    resolvedSinceTeamUpdate:
      isImpactOver(incident) &&
      after(incident.resolvedAt ?? new Date(now).toISOString(), incident.lastTeamUpdateAt),
    proactiveOutreachRequested: incident.proactiveOutreach !== undefined,
    proactiveConfirmationsMissing: proactiveConfirmationsMissing(incident).length,
    watcherMinutesLeft: watcherMinutesLeft(situation),
    docsReviewed: incident.docsReviewedAt !== undefined,
    hasPostMortem: incident.postMortem !== undefined,
    postMortemFeedbackGiven: incident.postMortem?.supportFeedbackAt !== undefined,
  };
}
