// Names for the vendor document's schemas that the helpers take and return.
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

export type Ticket = Schemas["TicketObject"];
/** One page of `GET /api/v2/search` (offset pages, `next_page`). */
export type SearchPage = Schemas["SearchResponse"];
/** One page of `GET /api/v2/search/export` (cursor pages, `meta`/`links`). */
export type SearchExportPage = Schemas["SearchExportResponse"];
export type TicketComment = Schemas["TicketCommentObject"];
export type TicketUpdate = Schemas["TicketUpdateResponse"];
export type Organization = Schemas["OrganizationObject"];
/** An agent or admin (with `user_fields`) or an end user, as Zendesk shows them to the caller. */
export type User = Schemas["UserObject"];
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

/** Accepted by every helper: aborting the signal cancels the request or the wait in progress. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** Accepted by every paginated helper. */
export interface PageOptions extends CallOptions {
  /** Stop after this many pages (default: every page). */
  maxPages?: number | undefined;
}
