import {
  type ConfigInput,
  ConfigSchema,
  type Decision,
  type IncidentEvaluation,
  type IncidentInput,
  LIVE_STATUSES,
  type TicketInput,
} from "@support/policy";
import { allDecisions } from "../briefing/model.js";

/** An instant by which something must happen, and what it is. */
export interface Deadline {
  /** handover: the watcher hands over; cs_timeout: CS's time to answer runs out; nudge: the incident lead is nudged. */
  deadline: "handover" | "cs_timeout" | "nudge";
  due: string;
  /** How long before `due` it counts as coming up, in minutes. */
  leadMinutes: number;
  ticketId?: string;
  decision?: Decision;
}

/** A related ticket as a watch reports it. */
export interface FrameTicket {
  id: string;
  subject: string;
  /** Why it looks related: tag, component, keyword, marked_related, … */
  reasons: string[];
}

/**
 * What one evaluation of an incident says, in the terms change detection compares: the incident's
 * status and severity, every open decision, the related tickets and the deadlines ahead.
 */
export interface WatchFrame {
  at: string;
  /** A frame of the open queue (watch --queue): its decisions are raise-incident suggestions. */
  queue?: true;
  incident: Pick<IncidentInput, "reference" | "status" | "severity">;
  decisions: Decision[];
  tickets: FrameTicket[];
  deadlines: Deadline[];
}

export interface FrameInput {
  incident: IncidentInput;
  tickets: readonly TicketInput[];
  config?: ConfigInput | undefined;
  now: string;
}

/** Coming-up window for the CS timeout and the nudge, in minutes (handover uses handoverLeadMinutes). */
export const DEFAULT_DUE_SOON_MINUTES = 10;

const LIVE = new Set<string>(LIVE_STATUSES);

/**
 * A frame from the policy's input and its `evaluateIncident` result. Pure: the same input gives
 * the same frame. `dueSoonMinutes` is the window for the CS timeout and the nudge.
 */
export function frameOf(
  input: FrameInput,
  evaluation: IncidentEvaluation,
  dueSoonMinutes = DEFAULT_DUE_SOON_MINUTES,
): WatchFrame {
  const config = ConfigSchema.parse(input.config ?? {});
  const decisions = allDecisions(evaluation);
  // The evaluation's own matches: the tickets are its queue.
  const matches = new Map(
    evaluation.matches.map((m) => [
      m.ticketId,
      m.reasons.map((r) => r.kind).filter((kind) => kind !== "created_after_declaration"),
    ]),
  );
  const related = new Set(
    evaluation.ticketStates.filter((state) => state.related).map((state) => state.ticketId),
  );
  const tickets = input.tickets
    .filter((t) => related.has(t.id))
    .map((t) => ({
      id: t.id,
      subject: t.subject,
      reasons: matches.get(t.id) ?? (t.attachedToIncident ? ["attached"] : ["marked_related"]),
    }));
  const deadlines: Deadline[] = [];
  for (const decision of decisions) {
    if (decision.action === "handover" && decision.due) {
      deadlines.push({
        deadline: "handover",
        due: decision.due,
        leadMinutes: config.handoverLeadMinutes,
        decision,
      });
    }
    if (
      decision.action === "check_with_cs" &&
      decision.due &&
      decision.ticketId &&
      decision.details.consultationOpenedAt
    ) {
      deadlines.push({
        deadline: "cs_timeout",
        due: decision.due,
        leadMinutes: dueSoonMinutes,
        ticketId: decision.ticketId,
        decision,
      });
    }
  }
  const { incident } = input;
  const nudged = decisions.some((d) => d.action === "nudge_incident_lead");
  if (LIVE.has(incident.status) && !incident.roles.supportWatcher && !nudged) {
    const requested = Date.parse(incident.supportWatcherRequestedAt ?? incident.declaredAt);
    const due = new Date(requested + config.nudgeAfterMinutes * 60_000).toISOString();
    deadlines.push({ deadline: "nudge", due, leadMinutes: dueSoonMinutes });
  }
  return {
    at: new Date(Date.parse(input.now)).toISOString(),
    incident: {
      reference: incident.reference,
      status: incident.status,
      severity: incident.severity,
    },
    decisions,
    tickets,
    deadlines,
  };
}
