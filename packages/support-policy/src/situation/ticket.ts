import type { TicketMatch } from "../match-tickets.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import type { Person } from "../schemas/person.js";
import type { Ticket } from "../schemas/ticket.js";
import type { Coverage } from "../time/coverage.js";
import { isAttached, isTagged } from "./attachment.js";
import type { LintMemo } from "./linting.js";
import type { Schedules } from "./schedules.js";
import type { CsConsultation, IncidentReadings, TicketSituation } from "./types.js";

const MINUTE = 60_000;

export interface TicketInputs {
  incident: Incident;
  config: Config;
  now: number;
  readings: IncidentReadings;
  coverage: Coverage;
  schedules: Schedules;
  memo: LintMemo;
  match: TicketMatch | undefined;
}

/** Where the side conversation stands: answered (handled or declined), timed out, or open. */
function consultationOf(ticket: Ticket, deadline: number | undefined, now: number): CsConsultation {
  const consultation = ticket.csConsultation;
  if (!consultation) return "none";
  if (consultation.answeredAt) return consultation.csWillHandle ? "handles" : "declined";
  return now >= (deadline ?? 0) ? "silent" : "awaiting";
}

/** What one ticket's evaluation needs, beside what the incident's readings already hold. */
export function ticketSituation(ticket: Ticket, inputs: TicketInputs): TicketSituation {
  const { incident, config, now, readings } = inputs;
  const organization = ticket.organization;
  const accountTeam: TicketSituation["accountTeam"] = organization?.enterprise
    ? [
        ...(organization.tam ? [{ role: "tam" as const, person: organization.tam }] : []),
        ...(organization.csm ? [{ role: "csm" as const, person: organization.csm }] : []),
      ]
    : [];
  const accountTeamWorking: Person[] = [];
  for (const person of [organization?.tam, organization?.csm]) {
    if (person && inputs.schedules.working(person, now)) accountTeamWorking.push(person);
  }
  const consultation = ticket.csConsultation;
  const csDeadline = consultation
    ? Date.parse(consultation.openedAt) + config.csResponseTimeoutMinutes * MINUTE
    : undefined;
  const draft = ticket.draftReply;
  return {
    incident,
    config,
    now,
    readings,
    coverage: inputs.coverage,
    ticket,
    match: inputs.match,
    related: ticket.relatedToIncident ?? inputs.match !== undefined,
    attached: isAttached(incident, ticket),
    tagged: isTagged(incident, ticket),
    customerWaiting:
      ticket.status !== "solved" &&
      ticket.status !== "closed" &&
      ticket.awaitingReplySince !== undefined,
    draftFindings:
      draft === undefined
        ? []
        : inputs.memo.lint("reply", draft, readings.lintContext, readings.lintContextKey),
    accountTeam,
    accountTeamWorking,
    consultation: consultationOf(ticket, csDeadline, now),
    csDeadline,
  };
}
