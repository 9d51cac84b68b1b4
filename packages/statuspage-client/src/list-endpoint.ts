import type { OpenApiResult } from "@support/api-core";
import { pageIdFor, type StatuspageClient } from "./client.js";
import {
  type ListOptions,
  type PageNumberList,
  type PageQuery,
  pageNumberList,
} from "./page-number-list.js";
import { unwrapList } from "./response-shape.js";

/** What a list helper passes through to openapi-fetch besides the path and query. */
export interface CallInit {
  signal?: AbortSignal;
}

/** One typed `GET` of a page/per_page endpoint under `/pages/{page_id}`. */
export type ListCall<Item> = (
  pageId: string,
  query: PageQuery,
  init: CallInit,
) => Promise<OpenApiResult<Item[]>>;

/** The walk behind each list helper: page id, signal, shape check and page-number pagination. */
export function listEndpoint<Item extends { id?: string | undefined }>(
  client: StatuspageClient,
  helper: string,
  options: ListOptions | undefined,
  what: string,
  call: ListCall<Item>,
): PageNumberList<Item> {
  const pageId = pageIdFor(client, options?.pageId);
  const init: CallInit = options?.signal ? { signal: options.signal } : {};
  return pageNumberList(helper, options, (query) =>
    unwrapList(client, "GET", call(pageId, query, init), what),
  );
}
