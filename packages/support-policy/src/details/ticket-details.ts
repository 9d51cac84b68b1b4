import { isMacroUsable } from "../facts/incident-state.js";
import type { TicketSituation } from "../facts/situation.js";
import { csDeadline } from "../facts/ticket-facts.js";
import { incidentTag } from "../match-tickets.js";
import type { Person } from "../schemas/person.js";
import type { TicketDetailBuilders } from "./types.js";
import { countWords, iso, listWords, personRef } from "./types.js";

/** What a reply without a usable macro must hold (see the handbook's ticket-handling section). */
export const REPLY_CONTENT = [
  "the known impact",
  "the status page link",
  "an honest timeline, or that none exists yet",
] as const;

const accountTeam = (s: TicketSituation): Array<{ role: "tam" | "csm"; person: Person }> => {
  const organization = s.ticket.organization;
  return [
    ...(organization?.tam ? [{ role: "tam" as const, person: organization.tam }] : []),
    ...(organization?.csm ? [{ role: "csm" as const, person: organization.csm }] : []),
  ];
};

const organizationName = (s: TicketSituation): string =>
  s.ticket.organization?.name ?? "the customer";

/** How to answer: the macro when usable, else the status page link and what we know. */
const replyMaterial = (s: TicketSituation) => ({
  useMacro: isMacroUsable(s.incident),
  macroId: s.incident.macro?.id ?? null,
  statusPageUrl: s.incident.statusPage?.url ?? s.config.statusPageUrl ?? null,
});

export const ticketDetails: TicketDetailBuilders = {
  attach_ticket: (s) => ({
    details: { tag: incidentTag(s.incident), reasons: s.match?.reasons ?? [] },
  }),
  reply_with_macro: (s) => ({
    details: {
      macroId: s.incident.macro?.id ?? null,
      macroTitle: s.incident.macro?.title ?? null,
      statusPageUrl: s.incident.statusPage?.url ?? s.config.statusPageUrl ?? null,
    },
  }),
  reply_with_status_link: (s) => ({
    details: {
      statusPageUrl: s.incident.statusPage?.url ?? s.config.statusPageUrl ?? null,
      mustInclude: [...REPLY_CONTENT],
      macroWaitingForReview:
        s.incident.macro !== undefined && s.incident.macro.approvedByCommsAt === undefined,
    },
  }),
  fix_reply: (s) => ({
    details: { findings: s.draftFindings },
    words: { findingCount: countWords(s.draftFindings.length, "lint finding") },
  }),
  check_with_cs: (s) => {
    const deadline = csDeadline(s) ?? s.now + s.config.csResponseTimeoutMinutes * 60_000;
    return {
      details: {
        channel: s.config.csChannel,
        organization: s.ticket.organization?.name ?? null,
        accountTeamOnline: s.accountTeamWorking.map(personRef),
        consultationOpenedAt: s.ticket.csConsultation?.openedAt ?? null,
        timeoutMinutes: s.config.csResponseTimeoutMinutes,
      },
      due: iso(deadline),
      words: {
        organization: organizationName(s),
        timeoutMinutes: String(s.config.csResponseTimeoutMinutes),
      },
    };
  },
  leave_to_cs: (s) => ({
    details: {
      organization: s.ticket.organization?.name ?? null,
      answeredAt: s.ticket.csConsultation?.answeredAt ?? null,
    },
    words: { organization: organizationName(s) },
  }),
  reply_after_cs_silence: (s) => ({
    details: {
      consultationOpenedAt: s.ticket.csConsultation?.openedAt ?? null,
      timeoutMinutes: s.config.csResponseTimeoutMinutes,
      ...replyMaterial(s),
    },
    words: { timeoutMinutes: String(s.config.csResponseTimeoutMinutes) },
  }),
  reply_and_loop_in_tam: (s) => {
    const team = accountTeam(s);
    return {
      details: {
        loopIn: team.map(({ role, person }) => ({ role, ...personRef(person) })),
        ...replyMaterial(s),
      },
      words: {
        accountTeam: listWords(
          team.map(({ role, person }) => `${person.name} (${role.toUpperCase()})`),
        ),
      },
    };
  },
  wait_for_support_hours: (s) => ({
    details: {
      until: s.coverage.nextCoverageAt,
      onCallGlobalMinSeverity: s.config.onCallGlobalMinSeverity,
    },
    words: { until: s.coverage.nextCoverageAt ?? "no scheduled support hours" },
  }),
  escalate_to_on_call_global: (s) => ({
    details: {
      handle: s.config.onCallGlobal,
      supportBackAt: s.coverage.nextCoverageAt,
      ...replyMaterial(s),
    },
  }),
  notify_resolved: (s) => ({
    details: { tag: incidentTag(s.incident), resolvedAt: s.incident.resolvedAt ?? null },
  }),
};
