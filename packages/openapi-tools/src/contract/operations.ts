import { isJsonObject, type Json, type JsonObject } from "../document.ts";
import { ContractError } from "./contract-error.ts";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const JSON_MEDIA = /[/+]json\b/i;

/** Follows a local `$ref` (`#/components/responses/X` and the like) to its target. */
export function deref(document: JsonObject, node: Json | undefined): Json | undefined {
  let current = node;
  for (
    let hops = 0;
    isJsonObject(current) && typeof current.$ref === "string" && hops < 20;
    hops++
  ) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) return current;
    current = ref
      .slice(2)
      .split("/")
      .map((part) => decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<Json | undefined>((at, part) => (isJsonObject(at) ? at[part] : undefined), document);
  }
  return current;
}

export function findOperation(
  document: JsonObject,
  vendor: string,
  method: string,
  path: string,
): JsonObject {
  const paths = isJsonObject(document.paths) ? document.paths : {};
  const item = deref(document, paths[path]);
  if (!isJsonObject(item)) {
    throw new ContractError(
      `the ${vendor} document has no path ${path}${suggest(Object.keys(paths), path)}`,
    );
  }
  const operation = deref(document, item[method.toLowerCase()]);
  if (!isJsonObject(operation)) {
    const declared = METHODS.filter((m) => m in item).map((m) => m.toUpperCase());
    throw new ContractError(
      `the ${vendor} document has no ${method.toUpperCase()} ${path} (declared: ${declared.join(", ") || "none"})`,
    );
  }
  return operation;
}

/** The JSON schema of a response, or `undefined` when the response declares no body. */
export function responseSchema(
  document: JsonObject,
  operation: JsonObject,
  status: number,
  label: string,
): Json | undefined {
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
  if (key === undefined) {
    throw new ContractError(
      `${label} declares no response for HTTP ${status} (declared: ${Object.keys(responses).join(", ")})`,
    );
  }
  return jsonContentSchema(deref(document, responses[key]));
}

/** The JSON request-body schema and whether a body is required, or `undefined` when none is declared. */
export function requestSchema(
  document: JsonObject,
  operation: JsonObject,
): { schema: Json; required: boolean } | undefined {
  const body = deref(document, operation.requestBody);
  const schema = jsonContentSchema(body);
  if (schema === undefined || !isJsonObject(body)) return undefined;
  return { schema, required: body.required === true };
}

function jsonContentSchema(node: Json | undefined): Json | undefined {
  if (!isJsonObject(node) || !isJsonObject(node.content)) return undefined;
  const media = Object.entries(node.content).find(([type]) => JSON_MEDIA.test(type))?.[1];
  return isJsonObject(media) ? (media.schema ?? {}) : undefined;
}

function suggest(known: string[], path: string): string {
  const stem = path.split("/").slice(0, -1).join("/");
  const near = known.filter((p) => p.startsWith(stem)).slice(0, 3);
  return near.length > 0 ? ` (similar: ${near.join(", ")})` : "";
}
