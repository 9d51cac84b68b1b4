import { parse as parseYaml } from "yaml";
import { ToolError } from "./tool-error.ts";

/** An OpenAPI document or fragment as plain JSON data. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses a JSON or YAML (1.2) document; `name` decides the format and appears in errors. */
export function parseDocument(text: string, name: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = /\.ya?ml$/i.test(name) ? parseYaml(text, { maxAliasCount: 1000 }) : JSON.parse(text);
  } catch (error) {
    throw new ToolError(`cannot parse ${name}: ${(error as Error).message}`);
  }
  if (!isJsonObject(parsed)) throw new ToolError(`${name} is not an object at the top level`);
  return parsed;
}
