import type { OpenApiResult } from "@support/api-core";
import { type CallInit, callInit } from "./call-init.js";
import { pageIdFor, type StatuspageClient } from "./client.js";
import {
  type ListOptions,
  type PageNumberList,
  type PageQuery,
  pageNumberList,
} from "./page-number-list.js";
import { unwrapList } from "./response-shape.js";

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
  return pageNumberList(helper, options, (query) =>
    unwrapList(client, call(pageId, query, callInit(options)), what),
  );
}
