import type { PagedList } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { cursorList } from "../cursor-list.js";
import type { IncidentIoUser, UserPage } from "../model.js";
import type { IncidentIoListOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";

/** The largest `page_size` `GET /v2/users` accepts. */
const MAX_USER_PAGE_SIZE = 10_000;

/** Filters of `GET /v2/users` plus the list options. */
export interface ListUsersOptions extends IncidentIoListOptions {
  /** Only the user with this email address. */
  email?: string | undefined;
  /** Only the user with this Slack user ID. */
  slackUserId?: string | undefined;
  /** Also deactivated and not yet active users (default false, as in the API). */
  includeInactive?: boolean | undefined;
}

/** Every user of the organisation (active ones unless `includeInactive`), from `GET /v2/users`. */
export function listUsers(
  client: IncidentIoClient,
  options?: ListUsersOptions,
): PagedList<IncidentIoUser, UserPage> {
  return users(client, "listUsers", options);
}

/** @deprecated Use `listUsers(client, options).pages()`. */
export function listUserPages(
  client: IncidentIoClient,
  options?: ListUsersOptions,
): AsyncGenerator<UserPage, void, undefined> {
  return users(client, "listUserPages", options).pages();
}

function users(
  client: IncidentIoClient,
  helper: string,
  options: ListUsersOptions | undefined,
): PagedList<IncidentIoUser, UserPage> {
  const filters = {
    ...(options?.email !== undefined && { email: options.email }),
    ...(options?.slackUserId !== undefined && { slack_user_id: options.slackUserId }),
    ...(options?.includeInactive !== undefined && { include_inactive: options.includeInactive }),
  };
  return cursorList(client, helper, options, {
    path: "/v2/users",
    maxPageSize: MAX_USER_PAGE_SIZE,
    fetchPage: (page, init) =>
      unwrapWith(
        client,
        client.GET("/v2/users", { params: { query: { ...filters, ...page } }, ...init }),
        "users",
      ),
    items: (page) => page.users,
  });
}
