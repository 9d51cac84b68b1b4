import { isJsonObject, type Json, type JsonObject } from "../document.ts";

export type ResolveRef = (ref: string) => Json | undefined;

/**
 * JSON pointers of object properties in `value` that no schema declares. Vendor documents rarely
 * say `additionalProperties: false`, so without this a misspelt fixture field would pass. Objects
 * whose schemas declare no properties, or allow additional ones, are free-form and not checked;
 * `allOf`/`anyOf`/`oneOf` branches all count as declaring (a lenient union).
 */
export function findUndeclaredProperties(
  value: unknown,
  schemas: Json[],
  resolveRef: ResolveRef,
  pointer = "",
): string[] {
  const flat = flatten(schemas, resolveRef);
  if (Array.isArray(value)) {
    const items = flat.flatMap((s) => (s.items === undefined ? [] : [s.items]));
    return value.flatMap((item, i) =>
      findUndeclaredProperties(item, items, resolveRef, `${pointer}/${i}`),
    );
  }
  if (!isJsonObject(value)) return [];

  const declaring = flat.filter((s) => isJsonObject(s.properties));
  const extraSchemas = flat.flatMap((s) =>
    isJsonObject(s.additionalProperties) ? [s.additionalProperties] : [],
  );
  const open = flat.some(
    (s) => s.additionalProperties === true || s.patternProperties !== undefined,
  );
  const freeForm = declaring.length === 0;

  return Object.entries(value).flatMap(([key, item]) => {
    const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    const declared = declaring.flatMap((s) => {
      const property = (s.properties as JsonObject)[key];
      return property === undefined ? [] : [property];
    });
    if (declared.length > 0) return findUndeclaredProperties(item, declared, resolveRef, at);
    if (extraSchemas.length > 0)
      return findUndeclaredProperties(item, extraSchemas, resolveRef, at);
    return freeForm || open ? [] : [at];
  });
}

/** The schemas themselves plus everything reachable through `$ref` and the composition keywords. */
function flatten(schemas: Json[], resolveRef: ResolveRef): JsonObject[] {
  const out: JsonObject[] = [];
  const seen = new Set<JsonObject>();
  const visit = (schema: Json | undefined): void => {
    if (!isJsonObject(schema) || seen.has(schema)) return;
    seen.add(schema);
    out.push(schema);
    if (typeof schema.$ref === "string") visit(resolveRef(schema.$ref));
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch);
    }
  };
  for (const schema of schemas) visit(schema);
  return out;
}
