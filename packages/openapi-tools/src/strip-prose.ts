import { isJsonObject, type Json, type JsonObject } from "./document.ts";

/** Fields holding a vendor's own wording or sample data rather than facts about the API. */
const PROSE_FIELDS = new Set([
  "description",
  "summary",
  "example",
  "examples",
  "x-enum-descriptions",
  "x-enumDescriptions",
]);

/**
 * Fields whose value is a map keyed by names the vendor chose (a property may well be called
 * `description`), so their keys are kept and only the values are cleaned.
 */
const NAME_MAPS = new Set([
  "paths",
  "webhooks",
  "properties",
  "patternProperties",
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "content",
  "encoding",
  "variables",
  "mapping",
]);

/** Fields whose value is data (a default, allowed values, vendor extensions): copied unchanged. */
function isOpaque(field: string): boolean {
  return field === "default" || field === "enum" || field === "const" || field.startsWith("x-");
}

/**
 * A copy of an OpenAPI document without descriptions, summaries and examples, so types generated
 * from it carry the document's facts (names, types, formats, enums, defaults) but not its prose.
 */
export function stripProse(document: JsonObject): JsonObject {
  return stripObject(document);
}

function stripObject(node: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const [field, value] of Object.entries(node)) {
    if (PROSE_FIELDS.has(field)) continue;
    if (isOpaque(field)) result[field] = value;
    else if (NAME_MAPS.has(field) && isJsonObject(value)) result[field] = stripNameMap(value);
    else result[field] = stripValue(value);
  }
  return result;
}

function stripNameMap(map: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const [name, value] of Object.entries(map)) result[name] = stripValue(value);
  return result;
}

function stripValue(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripValue);
  return isJsonObject(value) ? stripObject(value) : value;
}
