export * from "@support/api-core/public";
export {
  createStatuspageClient,
  pageIdFor,
  STATUSPAGE_BASE_URL,
  STATUSPAGE_RATE_LIMIT,
  type StatuspageClient,
  type StatuspageClientOptions,
  statuspageVendor,
} from "./client.js";
export type {
  /** @deprecated Use `StatuspageComponents`; this name collides with the other clients'. */
  components,
  components as StatuspageComponents,
  /** @deprecated Use `StatuspageOperations`; this name collides with the other clients'. */
  operations,
  operations as StatuspageOperations,
  /** @deprecated Use `StatuspagePaths`; this name collides with the other clients'. */
  paths,
  paths as StatuspagePaths,
} from "./generated/schema.js";
// Helpers: one line per file in src/helpers/, kept in alphabetical order.
export * from "./helpers/components.js";
export * from "./helpers/find-components-by-name.js";
export * from "./helpers/incident.js";
export * from "./helpers/unresolved-incidents.js";
export * from "./helpers/update-incident.js";
export {
  type IncidentChanges,
  type IncidentPatch,
  MAX_UPDATE_BODY_LENGTH,
} from "./incident-changes.js";
export {
  COMPONENT_STATUSES,
  type Component,
  type ComponentStatus,
  INCIDENT_STATUSES,
  type Incident,
  type IncidentStatus,
  STATUSPAGE_INCIDENT_STATUSES,
  type StatuspageIncident,
  type StatuspageIncidentStatus,
} from "./model.js";
export {
  type ListOptions,
  STATUSPAGE_MAX_PER_PAGE,
  type StatuspageListOptions,
} from "./page-number-list.js";
