import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { isJsonObject, type Json, type JsonObject, parseDocument } from "./document.ts";
import { ToolError } from "./tool-error.ts";

/**
 * Reads an overlay: a YAML fragment of an OpenAPI document that must open with a comment saying
 * why it exists.
 */
export async function readOverlay(path: string): Promise<JsonObject> {
  const text = await readFile(path, "utf8");
  const firstLine = text.split("\n").find((line) => line.trim() !== "");
  if (!firstLine?.trimStart().startsWith("#")) {
    throw new ToolError(
      `overlay ${path} must start with a comment explaining which vendor gap it fixes`,
    );
  }
  return parseDocument(text, path);
}

/**
 * Merges an overlay into `document` (in place) like a JSON Merge Patch (RFC 7386): objects merge
 * key by key, `null` removes a key, other values replace. Parameter lists are the exception:
 * entries are matched by `name` and `in` and merged, so an overlay can restyle one parameter.
 * Patching something the document does not have is an error, so a vendor fix or rename is noticed.
 */
export function applyOverlay(
  document: JsonObject,
  overlay: JsonObject,
  overlayPath: string,
): JsonObject {
  mergeObject(document, overlay, "", basename(overlayPath));
  return document;
}

function mergeObject(target: JsonObject, patch: JsonObject, pointer: string, source: string): void {
  for (const [key, value] of Object.entries(patch)) {
    const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (value === null) {
      if (!(key in target)) {
        throw new ToolError(
          `overlay ${source} removes ${at}, which the document does not have; the vendor may have fixed or renamed it, so re-check the overlay`,
        );
      }
      delete target[key];
    } else {
      target[key] = mergeValue(target[key], value, at, source);
    }
  }
}

function mergeValue(target: Json | undefined, patch: Json, pointer: string, source: string): Json {
  if (isJsonObject(patch)) {
    // Merging into a fresh object still applies (and checks) the patch's removals.
    const base = isJsonObject(target) ? target : {};
    mergeObject(base, patch, pointer, source);
    return base;
  }
  if (Array.isArray(patch) && Array.isArray(target) && isParameterList(patch)) {
    mergeParameters(target, patch, pointer, source);
    return target;
  }
  return patch;
}

type Parameter = JsonObject & { name: string; in: string };

function isParameterList(list: Json[]): list is Parameter[] {
  return list.every(
    (p) => isJsonObject(p) && typeof p.name === "string" && typeof p.in === "string",
  );
}

function mergeParameters(
  target: Json[],
  patch: Parameter[],
  pointer: string,
  source: string,
): void {
  for (const parameter of patch) {
    const index = target.findIndex(
      (t) => isJsonObject(t) && t.name === parameter.name && t.in === parameter.in,
    );
    const existing = target[index];
    if (isJsonObject(existing)) {
      mergeObject(existing, parameter, `${pointer}/${index}`, source);
    } else if ("schema" in parameter || "content" in parameter) {
      target.push(parameter);
    } else {
      throw new ToolError(
        `overlay ${source} patches ${parameter.in} parameter "${parameter.name}" at ${pointer}, which the document does not declare; re-check the overlay against the document`,
      );
    }
  }
}
