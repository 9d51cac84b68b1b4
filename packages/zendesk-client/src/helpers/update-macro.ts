import { callInit, requireId } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { requireMacroInput } from "../internal/macro-input.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, Macro, MacroInput } from "../types.js";

/**
 * Replaces a macro's title, actions and other given properties (`PUT /api/v2/macros/{macro_id}`)
 * and returns the macro. Zendesk replaces the whole `actions` list, so pass every action, not
 * just the changed one (read the macro, change it, send it back).
 */
export async function updateMacro(
  client: ZendeskClient,
  macroId: number,
  macro: MacroInput,
  options?: CallOptions,
): Promise<Macro> {
  const macro_id = requireId("updateMacro", "macroId", macroId);
  const body = { macro: requireMacroInput("updateMacro", macro) };
  return unwrapField(
    client,
    client.PUT("/api/v2/macros/{macro_id}", {
      params: { path: { macro_id } },
      body,
      ...callInit(options),
    }),
    "macro",
  );
}
