import { invalidArgument, requireText } from "@support/api-core";
import type { StatuspageClient } from "../client.js";
import type { Component } from "../model.js";
import type { StatuspageListOptions } from "../page-number-list.js";
import { listComponents } from "./components.js";

/** What `findComponentsByName` found, keyed by the names exactly as they were asked for. */
export interface ComponentsByName {
  /** Each name that matched, in the order asked, with every component carrying it (several when groups reuse a name). */
  found: Map<string, Component[]>;
  /** The names no component carries, in the order asked. */
  missing: string[];
}

/**
 * The page's components whose names match `names`, ignoring case, surrounding spaces and runs
 * of spaces ("eu  api" matches "EU API"). Reads the whole component list (groups included) once;
 * an empty `names` sends no request.
 */
export async function findComponentsByName(
  client: StatuspageClient,
  names: readonly string[],
  options?: StatuspageListOptions,
): Promise<ComponentsByName> {
  const helper = "findComponentsByName";
  if (!Array.isArray(names)) invalidArgument(helper, `"names" must be an array of strings`);
  const keys = names.map((name, i) => nameKey(requireText(helper, `names[${i}]`, name)));
  const matches = new Map<string, Component[]>(keys.map((key) => [key, []]));
  if (matches.size > 0) {
    for await (const component of listComponents(client, options)) {
      matches.get(nameKey(component.name ?? ""))?.push(component);
    }
  }
  const found = new Map<string, Component[]>();
  const missing: string[] = [];
  names.forEach((name, i) => {
    const components = matches.get(keys[i] ?? "") ?? [];
    if (components.length > 0) found.set(name, components);
    else missing.push(name);
  });
  return { found, missing };
}

// Names come from people and other tools (incident.io fields, config files), so compare loosely.
const nameKey = (name: string): string =>
  name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
