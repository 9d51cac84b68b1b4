import {
  callInit,
  endpointOf,
  listOf,
  maxPagesOption,
  optionalWholeNumber,
  type PagedList,
} from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { unwrapList } from "../internal/unwrap-field.js";
import { zendeskNextCursor } from "../next-cursor.js";
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

/**
 * Every macro the caller may see (`GET /api/v2/macros`), lazily, with cursor pagination
 * (`page[size]`, `page[after]`; the walk follows `meta.has_more`/`meta.after_cursor`, else
 * `links.next`); `.pages()` yields Zendesk's pages. Admins see every macro of the account.
 */
export function listMacros(
  client: ZendeskClient,
  options: ListMacrosOptions = {},
): PagedList<Macro, MacroPage> {
  return macroList(client, "listMacros", options);
}

/** @deprecated Use `listMacros(client, options).pages()`. */
export function listMacroPages(
  client: ZendeskClient,
  options: ListMacrosOptions = {},
): AsyncGenerator<MacroPage, void, undefined> {
  return macroList(client, "listMacroPages", options).pages();
}

function macroList(
  client: ZendeskClient,
  helper: string,
  options: ListMacrosOptions,
): PagedList<Macro, MacroPage> {
  const size = optionalWholeNumber(helper, "pageSize", options.pageSize, 1, 100) ?? 100;
  const limit = maxPagesOption(helper, options.maxPages);
  const endpoint = endpointOf(client, "/api/v2/macros");
  const filters = {
    ...(options.active !== undefined && { active: options.active }),
    ...(options.access && { access: options.access }),
    ...(options.groupId !== undefined && { group_id: options.groupId }),
    ...(options.category !== undefined && { category: options.category }),
    ...(options.sortBy && { sort_by: options.sortBy }),
    ...(options.sortOrder && { sort_order: options.sortOrder }),
  };
  return listOf(() => ({
    fetchPage: (after: string | undefined) =>
      unwrapList(
        client,
        client.GET("/api/v2/macros", {
          params: { query: { ...filters, page: { size, ...(after && { after }) } } },
          ...callInit(options),
        }),
        "macros",
      ),
    nextCursor: zendeskNextCursor,
    items: (page: MacroPage): readonly Macro[] => page.macros ?? [],
    endpoint,
    ...limit,
  }));
}
