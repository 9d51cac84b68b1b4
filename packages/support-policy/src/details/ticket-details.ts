import { isMacroUsable } from "../facts/incident-state.js";
import type { TicketSituation } from "../facts/situation.js";
import { csDeadline, csRoute } from "../facts/ticket-facts.js";
import { incidentTag } from "../match-tickets.js";
import type { Person } from "../schemas/person.js";
import type { TicketDetailBuilders } from "./types.js";
import { findingWords, iso, listWords, personRef } from "./types.js";

/** What a reply without a usable macro must hold (see the handbook's ticket-handling section). */
export const REPLY_CONTENT = [
  "the known impact",
  "the status page link",
  "an honest timeline, or that none exists yet",
] as const;

const accountTeam = (s: TicketSituation): Array<{ role: "tam" | "csm"; person: Person }> => {
  const organization = s.ticket.organization;
  // Only enterprise customers have their comms coordinated with an account team.
  if (!organization?.enterprise) return [];
  return [
    ...(organization.tam ? [{ role: "tam" as const, person: organization.tam }] : []),
    ...(organization.csm ? [{ role: "csm" as const, person: organization.csm }] : []),
  ];
};

/** The account team to give a heads-up, each saying whether they are within working hours. */
const loopIn = (s: TicketSituation) =>
  accountTeam(s).map(({ role, person }) => ({
    role,
    ...personRef(person),
    online: s.accountTeamWorking.includes(person),
  }));

const accountTeamWords = (s: TicketSituation): string =>
  listWords(accountTeam(s).map(({ role, person }) => `${person.name} (${role.toUpperCase()})`));

/** Out of support hours: the heads-up to the account team, and whether they took the ticket. */
const outOfHoursNote = (s: TicketSituation): string => {
  const heads = accountTeam(s).length > 0 ? `; give ${accountTeamWords(s)} a heads-up` : "";
  const handles =
    csRoute(s) === "cs_handles"
      ? `; ${organizationName(s)}'s account team said they will answer the customer, so nobody else replies`
      : "";
  return `${handles}${heads}`;
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
      ...replyMaterial(s),
      macroTitle: s.incident.macro?.title ?? null,
    },
  }),
  reply_with_status_link: (s) => ({
    details: {
      ...replyMaterial(s),
      mustInclude: [...REPLY_CONTENT],
      macroWaitingForReview:
        s.incident.macro !== undefined && s.incident.macro.approvedByCommsAt === undefined,
    },
  }),
  fix_reply: (s) => ({
    details: { findings: s.draftFindings },
    words: { findingCount: findingWords(s.draftFindings) },
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
        ...replyMaterial(s),
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
      ...replyMaterial(s),
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
  reply_and_loop_in_tam: (s) => ({
    details: { loopIn: loopIn(s), ...replyMaterial(s) },
    words: { accountTeam: accountTeamWords(s) },
  }),
  wait_for_support_hours: (s) => ({
    details: {
      until: s.coverage.nextCoverageAt,
      onCallGlobalMinSeverity: s.config.onCallGlobalMinSeverity,
      csWillHandle: csRoute(s) === "cs_handles",
      loopIn: loopIn(s),
      ...replyMaterial(s),
    },
    words: {
      until: s.coverage.nextCoverageAt ?? "no scheduled support hours",
      loopInNote: outOfHoursNote(s),
    },
  }),
  escalate_to_on_call_global: (s) => ({
    details: {
      handle: s.config.onCallGlobal,
      supportBackAt: s.coverage.nextCoverageAt,
      loopIn: loopIn(s),
      ...replyMaterial(s),
    },
    words: { loopInNote: outOfHoursNote(s) },
  }),
  notify_resolved: (s) => ({
    details: { tag: incidentTag(s.incident), resolvedAt: s.incident.resolvedAt ?? null },
  }),
};
