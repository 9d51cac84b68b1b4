import type { Redactor } from "@support/api-core";
import type { DecisionLog } from "../log/decision-log.js";
import type { ServerMetrics } from "../metrics.js";
// What a verified webhook is about. The server hands the incident or ticket id to the injected
// handlers, which re-read the live state themselves (vendors deliver events in any order).

export interface WebhookEvent {
  /** The vendor's event type. */
  type: string;
  /** The delivery id (incident.io's webhook-id, Zendesk's signature timestamp). */
  deliveryId: string;
}

/** Where verified events go: the live re-evaluation plugs in here. */
export interface WebhookHandlers {
  onIncidentEvent(incidentId: string, event: WebhookEvent): Promise<void> | void;
  onTicketEvent(ticketId: string, event: WebhookEvent): Promise<void> | void;
}

/** What the server lends handlers that need it: its metrics, decision log and redactor. */
export interface WebhookDeps {
  metrics: ServerMetrics;
  decisionLog: DecisionLog;
  redactor: Redactor;
  /** Wall clock in ms. */
  now(): number;
  newId(): string;
  policyVersion: string;
  /** Operator diagnostics (stderr in the CLI), redacted by the caller. */
  logError(line: string): void;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | undefined =>
  typeof value === "string" && value !== ""
    ? value
    : typeof value === "number" && Number.isSafeInteger(value)
      ? String(value)
      : undefined;

/**
 * The incident an incident.io event is about. The payload is `{ event_type, [event_type]: data }`:
 * incident events carry the incident itself, status updates `data.incident`, actions, follow-ups
 * and memberships `data.incident_id`. Private incidents' actions and follow-ups name no incident.
 */
export function incidentIoSubject(payload: unknown): { type: string; incidentId?: string } {
  const type =
    isObject(payload) && typeof payload.event_type === "string" ? payload.event_type : "";
  const data = isObject(payload) ? payload[type] : undefined;
  if (!isObject(data)) return { type };
  const incidentId =
    (isObject(data.incident) ? idOf(data.incident.id) : undefined) ??
    idOf(data.incident_id) ??
    (/^(public|private)_incident\.incident_(created|updated)_v\d+$/.test(type)
      ? idOf(data.id)
      : undefined);
  return incidentId === undefined ? { type } : { type, incidentId };
}

/**
 * The ticket a Zendesk webhook is about: a ticket event (`zen:event-type:ticket.*`, id in
 * `detail.id` or the subject `zen:ticket:<id>`), or a trigger webhook whose JSON body has
 * `ticket_id` (or `ticket.id`), e.g. `{ "ticket_id": "{{ticket.id}}" }`.
 */
export function zendeskSubject(payload: unknown): { type: string; ticketId?: string } {
  if (!isObject(payload)) return { type: "" };
  const type = typeof payload.type === "string" ? payload.type : "trigger";
  let ticketId: string | undefined;
  if (type.startsWith("zen:event-type:ticket.")) {
    const subject = typeof payload.subject === "string" ? payload.subject : "";
    ticketId =
      (isObject(payload.detail) ? idOf(payload.detail.id) : undefined) ??
      /^zen:ticket:(\d+)$/.exec(subject)?.[1];
  } else if (type === "trigger") {
    ticketId =
      idOf(payload.ticket_id) ?? (isObject(payload.ticket) ? idOf(payload.ticket.id) : undefined);
  }
  return ticketId === undefined ? { type } : { type, ticketId };
}
