import { isJsonObject, type Json, type JsonObject } from "../document.ts";

/** Request bodies may omit read-only properties; responses may omit write-only ones. */
export type Direction = "request" | "response";

export interface ConversionContext {
  direction: Direction;
  /** Maps a local `$ref` (`#/components/schemas/X`) to where Ajv finds the converted schema. */
  rewriteRef(ref: string): string;
  /** Collects every `format` seen, so unknown vendor formats can be registered as annotations. */
  formats: Set<string>;
}

const NOT_SENT_IN: Record<Direction, string> = { request: "readOnly", response: "writeOnly" };

/**
 * Rewrites an OpenAPI 3.0 schema into JSON Schema draft-07 for Ajv: `nullable` becomes a `null`
 * type (or an `anyOf` with null), boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers,
 * properties not sent in this direction are dropped from `required`, and local `$ref`s are
 * rewritten so one compiled component set serves every operation.
 */
export function toJsonSchema(schema: Json, context: ConversionContext): Json {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, context));
  if (!isJsonObject(schema)) return schema;

  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#")) {
      out[key] = context.rewriteRef(value);
    } else if (key === "properties" && isJsonObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub, context)]),
      );
    } else if (key === "example" || key === "examples" || key === "xml" || key === "externalDocs") {
      // Annotations only; dropping them keeps the compiled schemas small.
    } else {
      if (key === "format" && typeof value === "string") context.formats.add(value);
      out[key] = toJsonSchema(value, context);
    }
  }
  fixExclusiveBound(out, "exclusiveMinimum", "minimum");
  fixExclusiveBound(out, "exclusiveMaximum", "maximum");
  dropUnsentRequired(out, context.direction);
  return applyNullable(out);
}

function fixExclusiveBound(schema: JsonObject, exclusive: string, bound: string): void {
  if (typeof schema[exclusive] !== "boolean") return;
  if (schema[exclusive] === true && typeof schema[bound] === "number") {
    schema[exclusive] = schema[bound];
    delete schema[bound];
  } else {
    delete schema[exclusive];
  }
}

function dropUnsentRequired(schema: JsonObject, direction: Direction): void {
  const { required, properties } = schema;
  if (!Array.isArray(required) || !isJsonObject(properties)) return;
  const flag = NOT_SENT_IN[direction];
  schema.required = required.filter((name) => {
    const property = typeof name === "string" ? properties[name] : undefined;
    return !(isJsonObject(property) && property[flag] === true);
  });
}

function applyNullable(schema: JsonObject): JsonObject {
  if (schema.nullable !== true) return schema;
  const { nullable: _nullable, ...rest } = schema;
  if (typeof rest.type === "string") {
    const withNull: JsonObject = { ...rest, type: [rest.type, "null"] };
    if (Array.isArray(rest.enum) && !rest.enum.includes(null)) withNull.enum = [...rest.enum, null];
    return withNull;
  }
  return { anyOf: [rest, { type: "null" }] };
}
