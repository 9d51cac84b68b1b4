import type { ZendeskClient } from "../client.js";
import { requireTag } from "../internal/arguments.js";
import type { Macro, MacroAction } from "../types.js";
import { type ListMacrosOptions, listMacros } from "./list-macros.js";

/** Macro actions that put tags on a ticket; their value is a space-separated list of tags. */
const TAGGING_FIELDS = new Set(["current_tags", "set_tags"]);

export type FindMacrosByTagOptions = Omit<ListMacrosOptions, "maxPages">;

/**
 * The macros that add `tag` to the tickets they are applied to: an action `current_tags`
 * (add tags) or `set_tags` (replace tags) whose value contains exactly that tag. Titles are
 * not matched: a macro only tags tickets through its actions. Walks every macro
 * (`listMacros`; narrow with `active`, `access`, …), as Zendesk cannot search macro actions.
 */
export async function findMacrosByTag(
  client: ZendeskClient,
  tag: string,
  options: FindMacrosByTagOptions = {},
): Promise<Macro[]> {
  const wanted = requireTag("findMacrosByTag", "tag", tag);
  const found: Macro[] = [];
  for await (const macro of listMacros(client, options)) {
    if (macro.actions?.some((action) => addsTag(action, wanted))) found.push(macro);
  }
  return found;
}

function addsTag(action: MacroAction, tag: string): boolean {
  if (action.field === undefined || !TAGGING_FIELDS.has(action.field)) return false;
  const value: unknown = action.value;
  const tags = Array.isArray(value) ? value : typeof value === "string" ? value.split(/\s+/) : [];
  return tags.includes(tag);
}
