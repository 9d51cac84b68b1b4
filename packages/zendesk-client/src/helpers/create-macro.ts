import { callInit } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { requireMacroInput } from "../internal/macro-input.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, Macro, MacroInput } from "../types.js";

/**
 * Creates a macro (`POST /api/v2/macros`) and returns it with its id. To tie it to an incident,
 * include a `{ field: "current_tags", value: zendeskIncidentTag(n) }` action: tickets the macro is
 * applied to get the tag, and `findMacrosByTag` finds the macro again. POST is never retried
 * after a network failure or 5xx (it may have been applied), so look for the macro with
 * `findMacrosByTag` before creating it again.
 */
export async function createMacro(
  client: ZendeskClient,
  macro: MacroInput,
  options?: CallOptions,
): Promise<Macro> {
  const body = { macro: requireMacroInput("createMacro", macro) };
  return unwrapField(
    client,
    client.POST("/api/v2/macros", { body, ...callInit(options) }),
    "macro",
  );
}
