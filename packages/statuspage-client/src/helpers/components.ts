import type { PagedList } from "@support/api-core";
import type { StatuspageClient } from "../client.js";
import { listEndpoint } from "../list-endpoint.js";
import type { Component } from "../model.js";
import type { StatuspageListOptions } from "../page-number-list.js";

/**
 * Every component of the page, groups included (`group: true`), in the page's order, from
 * `GET /pages/{page_id}/components`, fetched 100 at a time. `.pages()` yields one array per request.
 */
export function listComponents(
  client: StatuspageClient,
  options?: StatuspageListOptions,
): PagedList<Component, Component[]> {
  return components(client, "listComponents", options);
}

/** @deprecated Use `listComponents(client, options).pages()`. */
export function listComponentPages(
  client: StatuspageClient,
  options?: StatuspageListOptions,
): AsyncGenerator<Component[], void, undefined> {
  return components(client, "listComponentPages", options).pages();
}

const components = (
  client: StatuspageClient,
  helper: string,
  options: StatuspageListOptions | undefined,
): PagedList<Component, Component[]> =>
  listEndpoint(
    client,
    helper,
    "/components",
    options,
    "a list of components",
    (page_id, query, init) =>
      client.GET("/pages/{page_id}/components", { params: { path: { page_id }, query }, ...init }),
  );
