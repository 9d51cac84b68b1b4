export * from "@support/api-core/public";
export {
  createZendeskClient,
  ZENDESK_DEFAULT_PLAN,
  ZENDESK_PLAN_RATE_LIMITS,
  type ZendeskApiTokenAuth,
  type ZendeskAuth,
  type ZendeskClient,
  type ZendeskClientOptions,
  type ZendeskOAuthAuth,
  type ZendeskPlan,
  zendeskRateLimit,
  zendeskVendor,
} from "./client.js";
export { JobTimeoutError, SearchResultLimitError } from "./errors.js";
export type {
  /** @deprecated Use `ZendeskComponents`; this name collides with the other clients'. */
  components,
  components as ZendeskComponents,
  /** @deprecated Use `ZendeskOperations`; this name collides with the other clients'. */
  operations,
  operations as ZendeskOperations,
  /** @deprecated Use `ZendeskPaths`; this name collides with the other clients'. */
  paths,
  paths as ZendeskPaths,
} from "./generated/schema.js";
export * from "./helpers/add-ticket-comment.js";
export * from "./helpers/create-macro.js";
export * from "./helpers/create-side-conversation.js";
export * from "./helpers/delete-macro.js";
// Helpers: one line per file in src/helpers/, kept in alphabetical order.
export * from "./helpers/export-search-tickets.js";
export * from "./helpers/find-macros-by-tag.js";
export * from "./helpers/list-macros.js";
export * from "./helpers/search-tickets.js";
export * from "./helpers/show-organization.js";
export * from "./helpers/show-organizations.js";
export * from "./helpers/show-ticket.js";
export * from "./helpers/show-tickets.js";
export * from "./helpers/show-user.js";
export * from "./helpers/show-users.js";
export * from "./helpers/tag-ticket.js";
export * from "./helpers/tag-tickets.js";
export * from "./helpers/tickets-tagged-incident.js";
export * from "./helpers/update-macro.js";
export * from "./helpers/wait-for-job.js";
export { incidentTag, zendeskIncidentTag } from "./incident-tag.js";
export { type HasMacroActions, macroAddsTag, macroTags } from "./macro-tags.js";
export { zendeskNextCursor } from "./next-cursor.js";
export type * from "./types.js";
