import {
  type Decision,
  evaluateIncident,
  type IncidentEvaluation,
  type Owner,
  type TicketInput,
} from "@support/policy";
import type { Snapshot } from "../snapshot.js";

export const OWNER_ORDER: readonly Owner[] = [
  "support_watcher",
  "support_team",
  "incident_lead",
  "comms_lead",
  "tam_csm",
  "on_call_global",
];

/** Decisions of one owner; ticket-level ones keep their ticket id. */
export interface OwnerGroup {
  owner: Owner;
  blocking: number;
  decisions: Decision[];
}

export interface TicketRow {
  ticket: TicketInput;
  /** Why it looks related (`tag`, `component`, …); empty when it does not. */
  related: string[];
  /** Since when the customer waits on a reply from us, as the policy reads it; else null. */
  waitingSince: string | null;
  decisions: Decision[];
}

export interface Briefing {
  snapshot: Snapshot;
  evaluation: IncidentEvaluation;
  /** Who in support is within working hours, as the policy worked it out. */
  coverage: IncidentEvaluation["coverage"];
  groups: OwnerGroup[];
  tickets: TicketRow[];
  blockingCount: number;
}

const byBlocking = (a: Decision, b: Decision) => Number(b.blocking) - Number(a.blocking);

/** Owner groups: those holding blocking decisions first, then the fixed owner order. */
export function groupByOwner(decisions: readonly Decision[]): OwnerGroup[] {
  const groups = OWNER_ORDER.map((owner) => {
    const mine = decisions.filter((d) => d.owner === owner).sort(byBlocking);
    return { owner, blocking: mine.filter((d) => d.blocking).length, decisions: mine };
  }).filter((group) => group.decisions.length > 0);
  return groups.sort((a, b) => Number(b.blocking > 0) - Number(a.blocking > 0));
}

/** Newest first, as the handbook asks, so new tickets stand out; ties by id. */
function ticketRows(snapshot: Snapshot, evaluation: IncidentEvaluation): TicketRow[] {
  const reasons = new Map(
    evaluation.matches.map((match) => [match.ticketId, match.reasons.map((reason) => reason.kind)]),
  );
  const decisions = new Map(evaluation.tickets.map((one) => [one.ticketId, one.decisions]));
  const states = new Map(evaluation.ticketStates.map((state) => [state.ticketId, state]));
  const rows = snapshot.tickets.map((ticket) => ({
    ticket,
    related: (reasons.get(ticket.id) ?? []).filter((kind) => kind !== "created_after_declaration"),
    waitingSince: states.get(ticket.id)?.customerWaitingSince ?? null,
    decisions: decisions.get(ticket.id) ?? [],
  }));
  return rows.sort(
    (a, b) =>
      Date.parse(b.ticket.createdAt) - Date.parse(a.ticket.createdAt) ||
      a.ticket.id.localeCompare(b.ticket.id, "en", { numeric: true }),
  );
}

/** Every decision of an evaluation: the incident's, then each ticket's. */
export const allDecisions = (evaluation: IncidentEvaluation): Decision[] => [
  ...evaluation.decisions,
  ...evaluation.tickets.flatMap((one) => one.decisions),
];

/** Evaluates a snapshot and arranges the result the way a briefing reads. */
export async function buildBriefing(snapshot: Snapshot): Promise<Briefing> {
  const evaluation = await evaluateIncident(snapshot.incident, snapshot.tickets, {
    now: snapshot.now,
    team: snapshot.team,
    config: snapshot.config,
  });
  const all = allDecisions(evaluation);
  return {
    snapshot,
    evaluation,
    // The policy counts a watcher missing from the roster as support too.
    coverage: evaluation.coverage,
    groups: groupByOwner(all),
    tickets: ticketRows(snapshot, evaluation),
    blockingCount: all.filter((d) => d.blocking).length,
  };
}
