import {
  handsRaisedSinceRequest,
  unattachedEarlyTickets,
  volunteerRequestedAt,
} from "../facts/incident-facts.js";
import {
  after,
  componentDifferences,
  isMacroEditedAfterApproval,
  isMacroEditedSinceComms,
  isMajorOrSecurity,
  macroLastSeenByComms,
  minutesBetween,
  proactiveConfirmationsMissing,
} from "../facts/incident-state.js";
import { incidentTag } from "../match-tickets.js";
import { handoverDetails } from "./handover-details.js";
import { pickUpDetails } from "./pick-up-details.js";
import type { IncidentDetailBuilders } from "./types.js";
import { countWords, findingWords, iso, listWords, personRef } from "./types.js";

const MINUTE = 60_000;

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
    const pickUp = pickUpDetails(s);
    // Picking up from an absent watcher: the wait for a volunteer starts when they went off.
    const requestedAt = volunteerRequestedAt(s);
    const raised = handsRaisedSinceRequest(s);
    const escalated =
      raised.length === 0 && minutesBetween(requestedAt, s.now) >= s.config.volunteerAfterMinutes;
    const candidates = s.coverage.working.map((entry) => ({
      ...personRef(entry.person),
      minutesLeft: entry.minutesLeft,
      until: entry.until,
    }));
    const raisedNames = [...new Set(raised.map((r) => r.name))];
    const result = {
      details: {
        candidates,
        escalated,
        requestedAt: iso(requestedAt),
        channel: s.config.teamChannel,
        handsRaised: raised.map((r) => ({ name: r.name, at: iso(Date.parse(r.at)) })),
        ...pickUp.details,
      },
      words: {
        volunteerHint:
          raisedNames.length > 0
            ? `${listWords(raisedNames)} raised ${raisedNames.length === 1 ? "their hand" : "hands"} in the workflow thread and ${raisedNames.length === 1 ? "takes" : "one of them takes"} the role by joining the incident channel; nobody else needs to volunteer`
            : escalated
              ? "nobody has volunteered yet, so anyone around should raise their hand now"
              : "whoever is free can raise their hand",
        candidateNames: listWords(candidates.map((c) => c.name)),
        pickUpNote: pickUp.note,
      },
    };
    return escalated || raised.length > 0
      ? result
      : { ...result, due: iso(requestedAt + s.config.volunteerAfterMinutes * MINUTE) };
  },
  nudge_incident_lead: (s) => {
    const supportCoverageNow = s.coverage.working.length > 0;
    const { nextCoverageAt } = s.coverage;
    return {
      details: {
        incidentLead: s.incident.roles.incidentLead
          ? personRef(s.incident.roles.incidentLead)
          : null,
        minutesWaiting: minutesBetween(
          Date.parse(s.incident.supportWatcherRequestedAt ?? s.incident.declaredAt),
          s.now,
        ),
        businessHoursOnly: true,
        supportCoverageNow,
        nextCoverageAt,
      },
      words: {
        coverageNote: supportCoverageNow
          ? ""
          : ` (nobody in support is within working hours now; support hours next start at ${nextCoverageAt ?? "no scheduled time"})`,
      },
    };
  },
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
    words: { findingCount: findingWords(s.statusPageFindings) },
  }),
  mark_status_page_components: (s) => {
    const { missing, extra } = componentDifferences(s.incident);
    return {
      details: { missing, extra },
      words: {
        corrections: [
          ...(missing.length > 0 ? [`mark ${listWords(missing)}`] : []),
          ...(extra.length > 0 ? [`unmark ${listWords(extra)}`] : []),
        ].join("; "),
      },
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
    words: { findingCount: findingWords(s.macroFindings) },
  }),
  comms_review_before_use: (s) => {
    const editedAfterApproval = isMacroEditedAfterApproval(s.incident);
    return {
      details: {
        macroId: s.incident.macro?.id ?? null,
        commsLead: s.incident.roles.commsLead ? personRef(s.incident.roles.commsLead) : null,
        sharedWithCommsAt: s.incident.macro?.sharedWithCommsAt ?? null,
        approvedByCommsAt: s.incident.macro?.approvedByCommsAt ?? null,
        macroUpdatedAt: s.incident.macro?.updatedAt ?? null,
        editedAfterApproval,
      },
      words: {
        commsLead: s.incident.roles.commsLead?.name ?? "the Comms Lead",
        whatToReview: editedAfterApproval ? "the version edited after their approval" : "it",
      },
    };
  },
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
    const { incident } = s;
    const commsLead = incident.roles.commsLead;
    const impactChanged = after(incident.impactChangedAt, incident.macro?.updatedAt);
    const editedSinceComms = isMacroEditedSinceComms(incident);
    const lastSeen = macroLastSeenByComms(incident);
    // On major and security incidents the Comms Lead's review covers one text: every edit needs another.
    const needsFreshReview = commsLead !== undefined && isMajorOrSecurity(incident);
    const who = `the Comms Lead (${commsLead?.name ?? "unassigned"})`;
    const review = needsFreshReview ? ` and have them review it before it is used` : "";
    const macroStep = impactChanged
      ? `Update the macro for ${incident.reference}: the impact changed after its last update${commsLead ? `, then tell ${who} what changed${review}` : ""}.`
      : `Tell ${who} what changed in the macro for ${incident.reference}: it was edited after they last saw it${review}.`;
    return {
      details: {
        macroId: incident.macro?.id ?? null,
        impactChangedAt: incident.impactChangedAt ?? null,
        macroUpdatedAt: incident.macro?.updatedAt ?? null,
        impactChanged,
        editedSinceComms,
        commsLastSawAt: lastSeen === undefined ? null : iso(lastSeen),
        notifyCommsLead: commsLead !== undefined,
        commsLead: commsLead ? personRef(commsLead) : null,
        needsFreshReview,
      },
      words: { macroStep },
    };
  },
  announce_macro: (s) => ({
    details: { channel: s.config.teamChannel, macroId: s.incident.macro?.id ?? null },
  }),
  sweep_queue: (s) => {
    const ticketIds = unattachedEarlyTickets(s);
    return {
      details: { ticketIds, lookbackMinutes: s.config.lookbackMinutes },
      words: {
        tickets: countWords(ticketIds.length, "queue ticket"),
        eachWas: ticketIds.length === 1 ? "it was" : "each was",
      },
    };
  },
  report_ticket_pattern: (s) => {
    const commsLead = s.incident.roles.commsLead;
    return {
      details: {
        count: s.queueMatches.length,
        ticketIds: s.queueMatches.map((match) => match.ticketId),
        channels: ["incident channel", s.config.teamChannel],
        notifyCommsLead: commsLead !== undefined,
        commsLead: commsLead ? personRef(commsLead) : null,
      },
      words: {
        tickets: countWords(s.queueMatches.length, "ticket"),
        commsNote: commsLead
          ? `, and tell the Comms Lead (${commsLead.name}), as it may shape their messaging`
          : "",
      },
    };
  },
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
  handover: handoverDetails,
  delete_macro: (s) => ({ details: { macroId: s.incident.macro?.id ?? null } }),
  review_docs: (s) => ({ details: { resolvedAt: s.incident.resolvedAt ?? null } }),
  postmortem_feedback: (s) => ({ details: { url: s.incident.postMortem?.url ?? null } }),
};
