import { type CallInit, callInit, type OpenApiResult, type PagedList } from "@support/api-core";
import { pageIdFor, type StatuspageClient } from "./client.js";
import { type PageQuery, pageNumberList, type StatuspageListOptions } from "./page-number-list.js";
import { unwrapList } from "./response-shape.js";

/** One typed `GET` of a page/per_page endpoint under `/pages/{page_id}`. */
export type ListCall<Item> = (
  pageId: string,
  query: PageQuery,
  init: CallInit,
) => Promise<OpenApiResult<Item[]>>;

/**
 * The walk behind each list helper: page id, signal, shape check and page-number pagination.
 * `path` is the endpoint's path under `/pages/{page_id}` (e.g. `/components`), for errors.
 */
export function listEndpoint<Item extends { id?: string | undefined }>(
  client: StatuspageClient,
  helper: string,
  path: string,
  options: StatuspageListOptions | undefined,
  what: string,
  call: ListCall<Item>,
): PagedList<Item, Item[]> {
  const pageId = pageIdFor(client, options?.pageId);
  return pageNumberList(client, helper, `/pages/${pageId}${path}`, options, (query) =>
    unwrapList(client, call(pageId, query, callInit(options)), what),
  );
}
