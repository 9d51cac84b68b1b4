import { callInit, requireIds } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { showManyInBatches } from "../internal/show-many.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, ZendeskUser } from "../types.js";

/**
 * Many users by id, with their custom fields (`GET /api/v2/users/show_many`), 100 ids per
 * request; ids Zendesk does not find are missing from the result.
 */
export async function showUsers(
  client: ZendeskClient,
  userIds: readonly number[],
  options?: CallOptions,
): Promise<ZendeskUser[]> {
  const ids = requireIds("showUsers", "userIds", userIds);
  return showManyInBatches(ids, (batch) =>
    unwrapField(
      client,
      client.GET("/api/v2/users/show_many", {
        params: { query: { ids: batch } },
        ...callInit(options),
      }),
      "users",
    ),
  );
}
