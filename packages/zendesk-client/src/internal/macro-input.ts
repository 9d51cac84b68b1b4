import { invalidArgument, requireText } from "@support/api-core";
import type { MacroInput } from "../types.js";

/**
 * Checks the parts of a macro Zendesk cannot do without: a title and at least one action with a
 * `field`. Zendesk validates the rest (which fields and values exist in the account).
 */
export function requireMacroInput(helper: string, macro: unknown): MacroInput {
  if (typeof macro !== "object" || macro === null) {
    invalidArgument(helper, `"macro" must be an object with "title" and "actions"`);
  }
  const { title, actions } = macro as Record<string, unknown>;
  requireText(helper, "macro.title", title);
  if (!Array.isArray(actions) || actions.length === 0) {
    invalidArgument(helper, `"macro.actions" must be a non-empty array of { field, value }`);
  }
  actions.forEach((action: unknown, index) => {
    const field = (action as { field?: unknown } | null)?.field;
    requireText(helper, `macro.actions[${index}].field`, field);
  });
  return macro as MacroInput;
}
