import type { StatuspageClient } from "../client.js";
import { listEndpoint } from "../list-endpoint.js";
import type { Component } from "../model.js";
import type { ListOptions, PageNumberList } from "../page-number-list.js";

/**
 * Every component of the page, groups included (`group: true`), in the page's order, from
 * `GET /pages/{page_id}/components`, fetched 100 at a time.
 */
export function listComponents(
  client: StatuspageClient,
  options?: ListOptions,
): AsyncGenerator<Component, void, undefined> {
  return components(client, "listComponents", options).items();
}

/** The same list as `listComponents`, one array per request. */
export function listComponentPages(
  client: StatuspageClient,
  options?: ListOptions,
): AsyncGenerator<Component[], void, undefined> {
  return components(client, "listComponentPages", options).pages();
}

const components = (
  client: StatuspageClient,
  helper: string,
  options: ListOptions | undefined,
): PageNumberList<Component> =>
  listEndpoint(client, helper, options, "a list of components", (page_id, query, init) =>
    client.api.GET("/pages/{page_id}/components", {
      params: { path: { page_id }, query },
      ...init,
    }),
  );
