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
export type { components, operations, paths } from "./generated/schema.js";

// Helpers: one line per file in src/helpers/, kept in alphabetical order.
