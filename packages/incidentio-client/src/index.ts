export * from "@support/api-core/public";
export {
  createIncidentIoClient,
  INCIDENT_IO_ATTACHMENT_RATE_LIMIT,
  INCIDENT_IO_BASE_URL,
  INCIDENT_IO_RATE_LIMIT,
  type IncidentIoClient,
  type IncidentIoClientOptions,
  incidentIoVendor,
} from "./client.js";
export type {
  /** @deprecated Use `IncidentIoComponents`; this name collides with the other clients'. */
  components,
  components as IncidentIoComponents,
  /** @deprecated Use `IncidentIoOperations`; this name collides with the other clients'. */
  operations,
  operations as IncidentIoOperations,
  /** @deprecated Use `IncidentIoPaths`; this name collides with the other clients'. */
  paths,
  paths as IncidentIoPaths,
} from "./generated/schema.js";
// Helpers: one line per file in src/helpers/, kept in alphabetical order.
export * from "./helpers/assign-incident-role.js";
export * from "./helpers/attach-zendesk-ticket.js";
export * from "./helpers/get-incident.js";
export * from "./helpers/incident-attachments.js";
export * from "./helpers/incident-roles.js";
export * from "./helpers/incident-statuses.js";
export * from "./helpers/incident-updates.js";
export * from "./helpers/incidents.js";
export * from "./helpers/live-incidents.js";
export * from "./helpers/resolve-incident-id.js";
export * from "./helpers/severities.js";
export * from "./helpers/users.js";
export type * from "./model.js";
export { incidentIoNextCursor } from "./next-cursor.js";
export type { IncidentIoListOptions, ListOptions, RequestOptions } from "./request-options.js";
