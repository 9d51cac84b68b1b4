import type { Decision } from "@support/policy";
import type { AckKey } from "../acks/types.js";
import type { Deadline, FrameTicket, WatchFrame } from "./frame.js";

/** One change between two evaluations of an incident. */
export interface WatchEvent {
  /** The instant of the evaluation that saw the change. */
  at: string;
  kind: "appeared" | "cleared" | "due_soon" | "ticket" | "status";
  /** appeared, cleared: the decision; due_soon: the decision the deadline belongs to, if any. */
  decision?: Decision;
  /** A ticket-level decision's ticket, a new related ticket, the ticket whose CS time runs out. */
  ticketId?: string;
  /** status: which field changed, from what, to what. */
  field?: "status" | "severity";
  from?: string;
  to?: string;
  /** due_soon: what is coming up, and when. */
  deadline?: Deadline["deadline"];
  due?: string;
  /** ticket: the new related ticket's subject and why it looks related. */
  subject?: string;
  reasons?: string[];
}

/**
 * A decision's identity across evaluations: its rule and, for a ticket-level one, the ticket; a
 * raise-incident suggestion is the group's signal (`raise-incident@SSO login`). A decision whose
 * words, details or due time change (a summary counting minutes, a new handover target, a
 * group gaining tickets) keeps its identity and is not reported again.
 */
export const decisionKey = (decision: Decision | AckKey): string => {
  if ("action" in decision && decision.action === "raise_incident")
    return `${decision.ruleId}@${decision.details.signal}`;
  return decision.ticketId === undefined
    ? decision.ruleId
    : `${decision.ruleId}#${decision.ticketId}`;
};

/** A deadline's identity: what it is, whose ticket, and when; a moved deadline is a new one. */
const deadlineKey = (d: Deadline): string => `${d.deadline}#${d.ticketId ?? ""}@${d.due}`;

const comingUp = (d: Deadline, at: number): boolean => {
  const due = Date.parse(d.due);
  return due > at && due - at <= d.leadMinutes * 60_000;
};

const byBlocking = (a: Decision, b: Decision) => Number(b.blocking) - Number(a.blocking);

/**
 * The changes from `previous` to `next`, in a fixed order: status and severity changes, decisions
 * that appeared (blocking first), decisions that cleared, deadlines that came within their window,
 * new related tickets. Without `previous` (the first poll) every open decision and every deadline
 * already coming up is reported, and nothing else. Pure: the same frames give the same events.
 */
export function diff(previous: WatchFrame | undefined, next: WatchFrame): WatchEvent[] {
  const at = next.at;
  const now = Date.parse(at);
  const events: WatchEvent[] = [];
  if (previous) {
    for (const field of ["status", "severity"] as const) {
      const from = previous.incident[field];
      const to = next.incident[field];
      if (from !== to) events.push({ at, kind: "status", field, from, to });
    }
  }
  const before = new Map((previous?.decisions ?? []).map((d) => [decisionKey(d), d]));
  const after = new Map(next.decisions.map((d) => [decisionKey(d), d]));
  const withTicket = (d: Decision) => (d.ticketId === undefined ? {} : { ticketId: d.ticketId });
  const appeared = next.decisions.filter((d) => !before.has(decisionKey(d))).sort(byBlocking);
  for (const decision of appeared)
    events.push({ at, kind: "appeared", decision, ...withTicket(decision) });
  for (const decision of previous?.decisions ?? []) {
    if (!after.has(decisionKey(decision)))
      events.push({ at, kind: "cleared", decision, ...withTicket(decision) });
  }
  const wasComing = new Set(
    (previous?.deadlines ?? [])
      .filter((d) => comingUp(d, Date.parse(previous?.at ?? at)))
      .map(deadlineKey),
  );
  for (const d of next.deadlines) {
    if (!comingUp(d, now) || wasComing.has(deadlineKey(d))) continue;
    events.push({
      at,
      kind: "due_soon",
      deadline: d.deadline,
      due: d.due,
      ...(d.decision && { decision: d.decision }),
      ...(d.ticketId !== undefined && { ticketId: d.ticketId }),
    });
  }
  if (previous) {
    const known = new Set(previous.tickets.map((t) => t.id));
    for (const ticket of next.tickets.filter((t: FrameTicket) => !known.has(t.id)))
      events.push({
        at,
        kind: "ticket",
        ticketId: ticket.id,
        subject: ticket.subject,
        reasons: ticket.reasons,
      });
  }
  return events;
}
