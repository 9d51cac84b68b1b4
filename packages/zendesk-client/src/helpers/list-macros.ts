import { paginateItems, paginatePages, zendeskNextCursor } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { maxPagesOption, optionalInteger } from "../internal/arguments.js";
import { signalInit } from "../internal/signal.js";
import type { Macro, MacroPage, PageOptions } from "../types.js";

export interface ListMacrosOptions extends PageOptions {
  /** Only active (`true`) or only inactive (`false`) macros; both by default. */
  active?: boolean | undefined;
  /** "agents" (every agent's personal macros) is for admins only. */
  access?: "personal" | "agents" | "shared" | "account" | undefined;
  groupId?: number | undefined;
  category?: number | undefined;
  sortBy?:
    | "alphabetical"
    | "created_at"
    | "updated_at"
    | "usage_1h"
    | "usage_24h"
    | "usage_7d"
    | "usage_30d"
    | undefined;
  sortOrder?: "asc" | "desc" | undefined;
  /** Macros per page, 1–100 (default 100, Zendesk's maximum). */
  pageSize?: number | undefined;
}

const HELPER = "listMacros";

/**
 * Pages of the macros the caller may see (`GET /api/v2/macros`) with cursor pagination
 * (`page[size]`, `page[after]`; the walk follows `meta.has_more`/`meta.after_cursor`, else
 * `links.next`). Admins see every macro of the account.
 */
export function listMacroPages(
  client: ZendeskClient,
  options: ListMacrosOptions = {},
): AsyncGenerator<MacroPage, void, undefined> {
  return paginatePages(macroSource(client, options));
}

/** Every macro, lazily, page by page (see `listMacroPages`). */
export function listMacros(
  client: ZendeskClient,
  options: ListMacrosOptions = {},
): AsyncGenerator<Macro, void, undefined> {
  return paginateItems(macroSource(client, options));
}

function macroSource(client: ZendeskClient, options: ListMacrosOptions) {
  const size = optionalInteger(HELPER, "pageSize", options.pageSize, 1, 100) ?? 100;
  const filters = {
    ...(options.active !== undefined && { active: options.active }),
    ...(options.access && { access: options.access }),
    ...(options.groupId !== undefined && { group_id: options.groupId }),
    ...(options.category !== undefined && { category: options.category }),
    ...(options.sortBy && { sort_by: options.sortBy }),
    ...(options.sortOrder && { sort_order: options.sortOrder }),
  };
  return {
    fetchPage: (after: string | undefined) =>
      client.unwrap(
        client.api.GET("/api/v2/macros", {
          params: { query: { ...filters, page: { size, ...(after && { after }) } } },
          ...signalInit(options),
        }),
      ),
    nextCursor: zendeskNextCursor,
    items: (page: MacroPage): readonly Macro[] => page.macros ?? [],
    ...maxPagesOption(HELPER, options.maxPages),
  };
}
