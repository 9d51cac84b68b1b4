import { callInit, requireId } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, Organization } from "../types.js";

/**
 * One organization by id (`GET /api/v2/organizations/{organization_id}`), with its custom
 * fields in `organization_fields`, keyed by each field's key (checkboxes are booleans, unset
 * fields `null`), and its `tags`.
 */
export async function showOrganization(
  client: ZendeskClient,
  organizationId: number,
  options?: CallOptions,
): Promise<Organization> {
  const organization_id = requireId("showOrganization", "organizationId", organizationId);
  return unwrapField(
    client,
    client.GET("/api/v2/organizations/{organization_id}", {
      params: { path: { organization_id } },
      ...callInit(options),
    }),
    "organization",
  );
}
