// Names for the vendor document's schemas that the helpers take and return.
import type { CallOptions } from "@support/api-core";
import type { components } from "./generated/schema.js";

export type { CallOptions };

type Schemas = components["schemas"];

export type ZendeskTicket = Schemas["TicketObject"];
/** @deprecated Use `ZendeskTicket`; this name collides with `@support/policy`'s. */
export type Ticket = ZendeskTicket;
/** One page of `GET /api/v2/search` (offset pages, `next_page`). */
export type SearchPage = Schemas["SearchResponse"];
/** One page of `GET /api/v2/search/export` (cursor pages, `meta`/`links`). */
export type SearchExportPage = Schemas["SearchExportResponse"];
export type TicketComment = Schemas["TicketCommentObject"];
export type TicketUpdate = Schemas["TicketUpdateResponse"];
export type Organization = Schemas["OrganizationObject"];
/** An agent or admin (with `user_fields`) or an end user, as Zendesk shows them to the caller. */
export type ZendeskUser = Schemas["UserObject"];
/** @deprecated Use `ZendeskUser`; this name collides with the incident.io client's. */
export type User = ZendeskUser;
export type Macro = Schemas["MacroObject"];
/** One page of `GET /api/v2/macros` (cursor pages, `meta`/`links`). */
export type MacroPage = Schemas["MacrosResponse"];
/** What `createMacro`/`updateMacro` send: `title` and the full list of `actions`. */
export type MacroInput = Schemas["MacroInput"];
/** One macro action: `{ field, value }`, e.g. `{ field: "current_tags", value: "incident/42" }`. */
export type MacroAction = Schemas["ActionObject"];
export type JobStatus = Schemas["JobStatusObject"];
export type SideConversation = Schemas["SideConversationObject"];
export type SideConversationMessage = Schemas["SideConversationMessage"];

/** Accepted by every paginated helper. */
export interface PageOptions extends CallOptions {
  /** Stop after this many pages (default: every page). */
  maxPages?: number | undefined;
}
