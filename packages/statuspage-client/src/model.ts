import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** An incident as Statuspage returns it (realtime or scheduled maintenance). */
export type StatuspageIncident = Schemas["Incident"];
/** @deprecated Use `StatuspageIncident`; this name collides with the incident.io client's. */
export type Incident = StatuspageIncident;

/** A component of a page; component groups are components with `group: true`. */
export type Component = Schemas["Component"];

/** Realtime incidents move through investigating → resolved, maintenance through scheduled → completed. */
export type StatuspageIncidentStatus = NonNullable<StatuspageIncident["status"]>;
/** @deprecated Use `StatuspageIncidentStatus`; this name collides with the incident.io client's. */
export type IncidentStatus = StatuspageIncidentStatus;

/** A status an incident update can give a component (the document's enum without its empty value). */
export type ComponentStatus = Exclude<NonNullable<Component["status"]>, "">;

/** Every incident status the document allows, for validating input before it is sent. */
export const STATUSPAGE_INCIDENT_STATUSES = [
  "investigating",
  "identified",
  "monitoring",
  "resolved",
  "scheduled",
  "in_progress",
  "verifying",
  "completed",
] as const satisfies readonly StatuspageIncidentStatus[];

/** @deprecated Use `STATUSPAGE_INCIDENT_STATUSES`; this name collides with `@support/policy`'s. */
export const INCIDENT_STATUSES = STATUSPAGE_INCIDENT_STATUSES;

/** Every component status an update may set, best to worst. */
export const COMPONENT_STATUSES = [
  "operational",
  "under_maintenance",
  "degraded_performance",
  "partial_outage",
  "major_outage",
] as const satisfies readonly ComponentStatus[];
