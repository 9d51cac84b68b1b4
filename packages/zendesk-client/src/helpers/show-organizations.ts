import { callInit, requireIds } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { showManyInBatches } from "../internal/show-many.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, Organization } from "../types.js";

/**
 * Many organizations by id, with their custom fields (`GET /api/v2/organizations/show_many`),
 * 100 ids per request; ids Zendesk does not find are missing from the result.
 */
export async function showOrganizations(
  client: ZendeskClient,
  organizationIds: readonly number[],
  options?: CallOptions,
): Promise<Organization[]> {
  const ids = requireIds("showOrganizations", "organizationIds", organizationIds);
  return showManyInBatches(ids, (batch) =>
    unwrapField(
      client,
      client.GET("/api/v2/organizations/show_many", {
        params: { query: { ids: batch } },
        ...callInit(options),
      }),
      "organizations",
    ),
  );
}
