import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type JsonObject, parseDocument } from "./document.ts";
import type { Manifest } from "./manifest.ts";
import { applyOverlay, readOverlay } from "./overlay.ts";
import { type ResolveOptions, resolveDocument } from "./resolve.ts";
import { computeStamp, generatedPaths, isUpToDate } from "./stamp.ts";

/** Resolves and verifies the vendor document, then applies the manifest's overlays in order. */
export async function buildOverlaidDocument(
  manifest: Manifest,
  options: ResolveOptions = {},
): Promise<JsonObject> {
  const resolved = await resolveDocument(manifest, options);
  const document = parseDocument(new TextDecoder().decode(resolved.bytes), manifest.document);
  for (const overlay of manifest.overlays)
    applyOverlay(document, await readOverlay(overlay), overlay);
  return document;
}

/**
 * The overlaid document, read from the copy `generate` saved when that copy is current (fast:
 * plain JSON, no YAML, no overlay work), otherwise built from scratch.
 */
export async function loadOverlaidDocument(
  manifest: Manifest,
  options: ResolveOptions = {},
): Promise<JsonObject> {
  const saved = generatedPaths(manifest.packageDir).document;
  if (existsSync(saved) && (await isUpToDate(manifest.packageDir, await computeStamp(manifest)))) {
    return parseDocument(await readFile(saved, "utf8"), saved);
  }
  return buildOverlaidDocument(manifest, options);
}
