import { unattachedEarlyTickets, watcherSchedule } from "../facts/incident-facts.js";
import {
  componentDifferences,
  minutesBetween,
  proactiveConfirmationsMissing,
} from "../facts/incident-state.js";
import { incidentTag } from "../match-tickets.js";
import { handoverCandidates, samePerson } from "../time/coverage.js";
import { intervalAt } from "../time/intervals.js";
import type { IncidentDetailBuilders } from "./types.js";
import { countWords, iso, listWords, personRef } from "./types.js";

const MINUTE = 60_000;

/** What a handover post must cover (see the handbook's handover section). */
export const HANDOVER_NOTE_CHECKLIST = [
  "state of the incident: the impact and the work under way",
  "an estimate of the related ticket count",
  "anything the incoming watcher must know",
  "what customers have been told, so answers stay consistent",
] as const;

/** What a new incident macro must hold (see the handbook's macro section). */
export const MACRO_CONTENT = [
  "a short summary of what is known so far",
  "the impact: which features are broken, degraded or still fine",
  "the status page link for this incident",
] as const;

const ROLE_WORDS: Record<string, string> = {
  incident_lead: "the incident lead",
  comms_lead: "the Comms Lead",
};

export const incidentDetails: IncidentDetailBuilders = {
  request_support_watcher: (s) => {
    const requestedAt = Date.parse(s.incident.supportWatcherRequestedAt ?? s.incident.declaredAt);
    const escalated = minutesBetween(requestedAt, s.now) >= s.config.volunteerAfterMinutes;
    const candidates = s.coverage.working.map((entry) => ({
      ...personRef(entry.person),
      minutesLeft: entry.minutesLeft,
      until: entry.until,
    }));
    const result = {
      details: {
        candidates,
        escalated,
        requestedAt: iso(requestedAt),
        channel: s.config.teamChannel,
      },
      words: {
        volunteerHint: escalated
          ? "nobody has volunteered yet, so anyone around should raise their hand now"
          : "whoever is free can raise their hand",
        candidateNames: listWords(candidates.map((c) => c.name)),
      },
    };
    return escalated
      ? result
      : { ...result, due: iso(requestedAt + s.config.volunteerAfterMinutes * MINUTE) };
  },
  nudge_incident_lead: (s) => ({
    details: {
      incidentLead: s.incident.roles.incidentLead ? personRef(s.incident.roles.incidentLead) : null,
      minutesWaiting: minutesBetween(
        Date.parse(s.incident.supportWatcherRequestedAt ?? s.incident.declaredAt),
        s.now,
      ),
      businessHoursOnly: true,
    },
  }),
  no_support_coverage: (s) => ({
    details: {
      nextCoverageAt: s.coverage.nextCoverageAt,
      fallback: s.config.onCallGlobal,
      nextOnline: s.coverage.upcoming.slice(0, 3).map((entry) => ({
        ...personRef(entry.person),
        at: entry.at,
      })),
    },
    words: { nextCoverageAt: s.coverage.nextCoverageAt ?? "no scheduled support hours" },
  }),
  review_status_page: (s) => ({
    details: { url: s.incident.statusPage?.url ?? null, findings: s.statusPageFindings },
    words: { findingCount: countWords(s.statusPageFindings.length, "lint finding") },
  }),
  mark_status_page_components: (s) => {
    const { missing, extra } = componentDifferences(s.incident);
    return {
      details: { missing, extra },
      words: { missingList: listWords(missing, "nothing"), extraList: listWords(extra, "nothing") },
    };
  },
  publish_status_page: (s) => ({
    details: {
      relatedTicketCount: s.queueMatches.length,
      externalCommsRequired: s.incident.externalCommsRequired === true,
    },
  }),
  create_macro: (s) => ({
    details: {
      template: s.config.macroTemplate,
      tag: incidentTag(s.incident),
      mustInclude: [...MACRO_CONTENT],
      statusPageUrl: s.incident.statusPage?.url ?? s.config.statusPageUrl ?? null,
    },
  }),
  fix_macro: (s) => ({
    details: { macroId: s.incident.macro?.id ?? null, findings: s.macroFindings },
    words: { findingCount: countWords(s.macroFindings.length, "lint finding") },
  }),
  comms_review_before_use: (s) => ({
    details: {
      macroId: s.incident.macro?.id ?? null,
      commsLead: s.incident.roles.commsLead ? personRef(s.incident.roles.commsLead) : null,
      sharedWithCommsAt: s.incident.macro?.sharedWithCommsAt ?? null,
    },
    words: { commsLead: s.incident.roles.commsLead?.name ?? "the Comms Lead" },
  }),
  share_macro_with_comms: (s) => ({
    details: {
      macroId: s.incident.macro?.id ?? null,
      commsLead: s.incident.roles.commsLead ? personRef(s.incident.roles.commsLead) : null,
    },
    words: { commsLead: s.incident.roles.commsLead?.name ?? "the Comms Lead" },
  }),
  flag_marketing_coordination: (s) => ({
    details: {
      where: "incident channel",
      blocksReplies: false,
      severity: s.incident.severity,
      security: s.incident.security,
    },
  }),
  request_comms_lead: (s) => ({
    details: { channel: s.config.marketingChannel, handle: s.config.marketingHandle },
  }),
  update_macro: (s) => {
    const notifyCommsLead = s.incident.roles.commsLead !== undefined;
    return {
      details: {
        macroId: s.incident.macro?.id ?? null,
        impactChangedAt: s.incident.impactChangedAt ?? null,
        macroUpdatedAt: s.incident.macro?.updatedAt ?? null,
        notifyCommsLead,
      },
      words: { commsNote: notifyCommsLead ? ", then tell the Comms Lead what changed" : "" },
    };
  },
  announce_macro: (s) => ({
    details: { channel: s.config.teamChannel, macroId: s.incident.macro?.id ?? null },
  }),
  sweep_queue: (s) => {
    const ticketIds = unattachedEarlyTickets(s);
    return {
      details: { ticketIds, lookbackMinutes: s.config.lookbackMinutes },
      words: { tickets: countWords(ticketIds.length, "queue ticket") },
    };
  },
  report_ticket_pattern: (s) => ({
    details: {
      count: s.queueMatches.length,
      ticketIds: s.queueMatches.map((match) => match.ticketId),
      channels: ["incident channel", s.config.teamChannel],
    },
    words: { tickets: countWords(s.queueMatches.length, "ticket") },
  }),
  update_team: (s) => {
    const impactChanged =
      s.incident.impactChangedAt !== undefined &&
      (s.incident.lastTeamUpdateAt === undefined ||
        Date.parse(s.incident.impactChangedAt) > Date.parse(s.incident.lastTeamUpdateAt));
    const resolved = s.incident.status === "resolved" || s.incident.status === "closed";
    const changes = [
      ...(impactChanged ? ["the user impact changed"] : []),
      ...(resolved ? ["it is resolved"] : []),
    ];
    return {
      details: {
        channel: s.config.teamChannel,
        impactChanged,
        resolved,
        lastTeamUpdateAt: s.incident.lastTeamUpdateAt ?? null,
      },
      words: { whatChanged: listWords(changes, "something changed") },
    };
  },
  proactive_outreach_gate: (s) => {
    const missing = proactiveConfirmationsMissing(s.incident);
    return {
      details: { missing, requestedAt: s.incident.proactiveOutreach?.requestedAt ?? null },
      words: { missingList: listWords(missing.map((role) => ROLE_WORDS[role] ?? role)) },
    };
  },
  create_proactive_tickets: (s) => ({
    details: { requestedAt: s.incident.proactiveOutreach?.requestedAt ?? null },
  }),
  handover: (s) => {
    const block = intervalAt(watcherSchedule(s), s.now);
    const at = block ? block.end : s.now;
    const watcher = s.incident.roles.supportWatcher;
    const candidates = handoverCandidates(s.roster, watcher, at, s.config.handoverHorizonMinutes);
    const best = candidates[0];
    const othersOnline = s.roster.some(
      (entry) =>
        !(watcher && samePerson(entry.person, watcher)) &&
        intervalAt(entry.intervals, at) !== undefined,
    );
    return {
      details: {
        to: best
          ? { ...personRef(best.person), from: best.from, minutesAhead: best.minutesAhead }
          : null,
        at: iso(at),
        detailedNotes: !othersOnline,
        noteChecklist: [...HANDOVER_NOTE_CHECKLIST],
        relatedTicketCount: s.queueMatches.length,
        channel: s.config.teamChannel,
      },
      due: iso(at),
      words: {
        to: best?.person.name ?? "whoever comes online next",
        at: iso(at),
        notesNote: othersOnline
          ? ""
          : ", with detailed notes since nobody else in support is online",
      },
    };
  },
  delete_macro: (s) => ({ details: { macroId: s.incident.macro?.id ?? null } }),
  review_docs: (s) => ({ details: { resolvedAt: s.incident.resolvedAt ?? null } }),
  postmortem_feedback: (s) => ({ details: { url: s.incident.postMortem?.url ?? null } }),
};
