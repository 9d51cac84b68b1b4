import type { ZendeskClient } from "../client.js";
import { requireIds } from "../internal/arguments.js";
import { showManyInBatches } from "../internal/show-many.js";
import { signalInit } from "../internal/signal.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, User } from "../types.js";

/**
 * Many users by id, with their custom fields (`GET /api/v2/users/show_many`), 100 ids per
 * request; ids Zendesk does not find are missing from the result.
 */
export async function showUsers(
  client: ZendeskClient,
  userIds: readonly number[],
  options?: CallOptions,
): Promise<User[]> {
  const ids = requireIds("showUsers", "userIds", userIds);
  return showManyInBatches(ids, (batch) =>
    unwrapField(
      client,
      client.api.GET("/api/v2/users/show_many", {
        params: { query: { ids: batch } },
        ...signalInit(options),
      }),
      "users",
    ),
  );
}
