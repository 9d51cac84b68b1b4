import { ApiError, callInit, requireId } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import type { CallOptions } from "../types.js";

/**
 * Deletes a macro (`DELETE /api/v2/macros/{macro_id}`). Resolves `true` when it was deleted now
 * and `false` when Zendesk has no such macro (404), so a clean-up can be repeated, including
 * after a retried DELETE whose first attempt had already succeeded. Other failures throw.
 */
export async function deleteMacro(
  client: ZendeskClient,
  macroId: number,
  options?: CallOptions,
): Promise<boolean> {
  const macro_id = requireId("deleteMacro", "macroId", macroId);
  try {
    await client.unwrap(
      client.DELETE("/api/v2/macros/{macro_id}", {
        params: { path: { macro_id } },
        ...callInit(options),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}
