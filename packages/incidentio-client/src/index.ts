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
