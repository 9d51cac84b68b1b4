import { invalidArgument } from "@support/api-core";
import { requireTag } from "./internal/arguments.js";
import type { MacroAction } from "./types.js";

/** Macro actions that put tags on a ticket; their value is a space-separated list of tags. */
const TAGGING_FIELDS = new Set(["current_tags", "set_tags"]);

/** Anything with a macro's actions: a `Macro` as read, or a `MacroInput` about to be sent. */
export interface HasMacroActions {
  actions?: readonly MacroAction[] | null | undefined;
}

/**
 * The tags a macro puts on the tickets it is applied to: the values of its `current_tags` (add
 * tags) and `set_tags` (replace tags) actions, split on whitespace, in order, without
 * duplicates. `remove_tags` and every other action are ignored.
 */
export function macroTags(macro: HasMacroActions): string[] {
  if (typeof macro !== "object" || macro === null) {
    invalidArgument("macroTags", `"macro" must be a macro object, got ${String(macro)}`);
  }
  const tags = (macro.actions ?? []).flatMap((action) => {
    if (action?.field === undefined || !TAGGING_FIELDS.has(action.field)) return [];
    // Zendesk documents a string; a list is accepted too, as some accounts return one.
    const value: unknown = action.value;
    const values = Array.isArray(value)
      ? value
      : typeof value === "string"
        ? value.split(/\s+/)
        : [];
    return values.filter((tag): tag is string => typeof tag === "string" && tag !== "");
  });
  return [...new Set(tags)];
}

/**
 * Whether a macro adds exactly `tag` to the tickets it is applied to (see `macroTags`); the
 * test `findMacrosByTag` applies to every macro. `incident/4` does not match `incident/42`.
 */
export function macroAddsTag(macro: HasMacroActions, tag: string): boolean {
  const wanted = requireTag("macroAddsTag", "tag", tag);
  return macroTags(macro).includes(wanted);
}
