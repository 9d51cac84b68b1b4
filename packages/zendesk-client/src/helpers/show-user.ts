import { callInit, requireId } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, ZendeskUser } from "../types.js";

/**
 * One user by id (`GET /api/v2/users/{user_id}`). Agents and admins see `user_fields` (the
 * custom fields, keyed by field key), `organization_id` and `tags`.
 */
export async function showUser(
  client: ZendeskClient,
  userId: number,
  options?: CallOptions,
): Promise<ZendeskUser> {
  const user_id = requireId("showUser", "userId", userId);
  return unwrapField(
    client,
    client.GET("/api/v2/users/{user_id}", {
      params: { path: { user_id } },
      ...callInit(options),
    }),
    "user",
  );
}
