import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import { isJsonObject, type Json, type JsonObject } from "../document.ts";
import { type Direction, toJsonSchema } from "./to-json-schema.ts";
import { findUndeclaredProperties } from "./undeclared.ts";

const COMPONENT_PREFIX = "#/components/schemas/";
const addFormats = formatsPlugin.default;

/**
 * Ajv over one direction's view of a document: every component schema converted once and
 * registered under `$id` = direction; operation schemas compiled on first use and cached.
 */
export class SchemaEngine {
  readonly #ajv: Ajv;
  readonly #definitions: JsonObject;
  readonly #direction: Direction;
  readonly #formats = new Set<string>();
  readonly #compiled = new Map<Json, ValidateFunction>();

  constructor(document: JsonObject, direction: Direction) {
    this.#direction = direction;
    const components = isJsonObject(document.components) ? document.components : {};
    const schemas = isJsonObject(components.schemas) ? components.schemas : {};
    this.#definitions = Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => [name, this.#convert(schema)]),
    );
    this.#ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.#ajv);
    this.#registerUnknownFormats();
    this.#ajv.addSchema({ $id: direction, definitions: this.#definitions });
  }

  /** Problems of `value` against an operation schema: Ajv errors first, then undeclared properties. */
  check(schema: Json, value: unknown, rejectUndeclared: boolean): string[] {
    let validate = this.#compiled.get(schema);
    if (!validate) {
      const converted = this.#convert(schema);
      this.#registerUnknownFormats();
      validate = this.#ajv.compile(isJsonObject(converted) ? converted : {});
      this.#compiled.set(schema, validate);
    }
    if (!validate(value)) return describeErrors(validate.errors ?? []);
    if (!rejectUndeclared) return [];
    return findUndeclaredProperties(value, [this.#convert(schema)], (ref) =>
      this.#resolve(ref),
    ).map(
      (pointer) =>
        `${pointer}: is not declared by the document (misspelt, or a gap to fix with an overlay)`,
    );
  }

  #convert(schema: Json): Json {
    return toJsonSchema(schema, {
      direction: this.#direction,
      formats: this.#formats,
      rewriteRef: (ref) =>
        ref.startsWith(COMPONENT_PREFIX)
          ? `${this.#direction}#/definitions/${ref.slice(COMPONENT_PREFIX.length)}`
          : `${this.#direction}${ref}`,
    });
  }

  #resolve(ref: string): Json | undefined {
    const prefix = `${this.#direction}#/definitions/`;
    return ref.startsWith(prefix)
      ? this.#definitions[decodeURIComponent(ref.slice(prefix.length))]
      : undefined;
  }

  // Vendor documents use formats of their own ("int64", "text"); they are annotations, not checks.
  #registerUnknownFormats(): void {
    for (const format of this.#formats) {
      if (!this.#ajv.formats[format]) this.#ajv.addFormat(format, true);
    }
  }
}

const MAX_REPORTED = 12;

function describeErrors(errors: ErrorObject[]): string[] {
  const lines = errors.map((error) => {
    const where = error.instancePath || "(body)";
    const params = error.params as Record<string, unknown>;
    let detail = "";
    if (Array.isArray(params.allowedValues))
      detail = ` (${params.allowedValues.map(String).join(", ")})`;
    if (typeof params.additionalProperty === "string") detail = ` ('${params.additionalProperty}')`;
    const message = Array.isArray(params.type)
      ? `must be ${params.type.join(" or ")}`
      : error.message;
    return `${where}: ${message ?? error.keyword}${detail}`;
  });
  const unique = [...new Set(lines)];
  return unique.length > MAX_REPORTED
    ? [...unique.slice(0, MAX_REPORTED), `… and ${unique.length - MAX_REPORTED} more`]
    : unique;
}
