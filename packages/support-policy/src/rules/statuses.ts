import { INCIDENT_STATUSES, type IncidentStatus } from "../schemas/incident.js";

// The incident statuses a rule can apply to, named once so each rule states its reach in a word.

/** The incident is under way: customers may still be affected. */
export const LIVE = ["triage", "active", "monitoring"] as const satisfies readonly IncidentStatus[];

/** The customer-facing impact is over. */
export const IMPACT_OVER = ["resolved", "closed"] as const satisfies readonly IncidentStatus[];

/** Every status of a real incident: declined and merged incidents ask for nothing. */
export const LIVE_OR_OVER = [...LIVE, ...IMPACT_OVER] as const;

/** A rule about the queue runs before any incident exists: no incident status applies to it. */
export const BEFORE_ANY_INCIDENT = [] as const satisfies readonly IncidentStatus[];

/** Statuses no rule applies to: the incident was declined, or merged into another one. */
export const NO_RULE_STATUSES = INCIDENT_STATUSES.filter(
  (status) => !(LIVE_OR_OVER as readonly string[]).includes(status),
);
