export * from "@support/api-core/public";
export {
  createIncidentIoClient,
  INCIDENT_IO_BASE_URL,
  type IncidentIoClient,
  type IncidentIoClientOptions,
  incidentIoVendor,
} from "./client.js";
export type { components, operations, paths } from "./generated/schema.js";
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
export type { ListOptions, RequestOptions } from "./request-options.js";
