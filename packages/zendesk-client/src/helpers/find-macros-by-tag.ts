import type { ZendeskClient } from "../client.js";
import { requireTag } from "../internal/arguments.js";
import { macroAddsTag } from "../macro-tags.js";
import type { Macro } from "../types.js";
import { type ListMacrosOptions, listMacros } from "./list-macros.js";

export type FindMacrosByTagOptions = Omit<ListMacrosOptions, "maxPages">;

/**
 * The macros that add `tag` to the tickets they are applied to: an action `current_tags`
 * (add tags) or `set_tags` (replace tags) whose value contains exactly that tag. Titles are
 * not matched: a macro only tags tickets through its actions. The test is `macroAddsTag`.
 * Walks every macro (`listMacros`; narrow with `active`, `access`, …), as Zendesk cannot
 * search macro actions.
 */
export async function findMacrosByTag(
  client: ZendeskClient,
  tag: string,
  options: FindMacrosByTagOptions = {},
): Promise<Macro[]> {
  const wanted = requireTag("findMacrosByTag", "tag", tag);
  const found: Macro[] = [];
  for await (const macro of listMacros(client, options)) {
    if (macroAddsTag(macro, wanted)) found.push(macro);
  }
  return found;
}
