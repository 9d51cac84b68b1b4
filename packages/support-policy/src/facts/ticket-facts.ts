import { isAttached, isTagged } from "./attachment.js";
import type { CsRoute, TicketFacts } from "./catalogue.js";
import { isMacroUsable, isMajorOrSecurity, severityAtLeast } from "./incident-state.js";
import { errorCount } from "./linting.js";
import type { TicketSituation } from "./situation.js";

/** When a CS/sales side conversation times out (epoch ms), if one was opened. */
export const csDeadline = (situation: TicketSituation): number | undefined => {
  const consultation = situation.ticket.csConsultation;
  return consultation
    ? Date.parse(consultation.openedAt) + situation.config.csResponseTimeoutMinutes * 60_000
    : undefined;
};

/**
 * Routing for enterprise customers: an open consultation decides first; minor incidents are
 * answered directly; otherwise CS is consulted when the account team is online.
 */
export function csRoute(situation: TicketSituation): CsRoute {
  const { ticket, incident } = situation;
  const consultation = ticket.csConsultation;
  if (consultation) {
    if (consultation.answeredAt) return consultation.csWillHandle ? "cs_handles" : "cs_declined";
    return situation.now >= (csDeadline(situation) ?? 0) ? "cs_silent" : "awaiting_cs";
  }
  const organization = ticket.organization;
  if (!organization?.enterprise) return "not_enterprise";
  if (!organization.tam && !organization.csm) return "no_account_team";
  if (!isMajorOrSecurity(incident)) return "minor_direct";
  return situation.accountTeamWorking.length > 0 ? "consult" : "account_team_offline";
}

/** An enterprise customer whose TAM/CSM exists but is off work (outside hours or out of office). */
const isAccountTeamOffline = ({ ticket, accountTeamWorking }: TicketSituation): boolean =>
  ticket.organization?.enterprise === true &&
  (ticket.organization.tam !== undefined || ticket.organization.csm !== undefined) &&
  accountTeamWorking.length === 0;

export const isRelated = (situation: TicketSituation): boolean =>
  situation.ticket.relatedToIncident ?? situation.match !== undefined;

export function ticketFacts(situation: TicketSituation): TicketFacts {
  const { ticket, incident, config } = situation;
  const open = ticket.status !== "solved" && ticket.status !== "closed";
  return {
    status: incident.status,
    related: isRelated(situation),
    attached: isAttached(incident, ticket),
    tagged: isTagged(incident, ticket),
    ticketClosed: ticket.status === "closed",
    customerWaiting: open && ticket.awaitingReplySince !== undefined,
    macroUsable: isMacroUsable(incident),
    draftErrorCount: errorCount(situation.draftFindings),
    csRoute: csRoute(situation),
    accountTeamOffline: isAccountTeamOffline(situation),
    supportCoverageNow: situation.coverage.working.length > 0,
    atOrAboveOnCallGlobalSeverity: severityAtLeast(
      incident.severity,
      config.onCallGlobalMinSeverity,
    ),
    resolutionNoticeSent: ticket.resolutionNoticeSentAt !== undefined,
  };
}
