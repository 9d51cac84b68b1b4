import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { sha256 } from "./checksum.ts";
import type { Manifest } from "./manifest.ts";

const require = createRequire(import.meta.url);
const OPENAPI_TYPESCRIPT_VERSION: string = require("openapi-typescript/package.json").version;
/** Raised whenever the output changes for the same inputs (2: types no longer carry vendor prose). */
const GENERATOR_REVISION = 2;

/** Where `generate` writes, relative to a client package. */
export function generatedPaths(packageDir: string) {
  const dir = join(packageDir, "src", "generated");
  return {
    dir,
    schema: join(dir, "schema.ts"),
    document: join(dir, "openapi.json"),
    stamp: join(packageDir, ".generated-stamp"),
  };
}

/**
 * A digest of everything the generated files depend on: the pinned document digest, the
 * overlays, openapi-typescript's version, the generator revision and this tool's own source. The document itself is not
 * re-read: it can only be used if it matches the pinned digest.
 */
export async function computeStamp(manifest: Manifest): Promise<string> {
  const parts = [
    manifest.sha256,
    `openapi-typescript ${OPENAPI_TYPESCRIPT_VERSION}`,
    `generator ${GENERATOR_REVISION}`,
  ];
  for (const overlay of manifest.overlays) {
    parts.push(basename(overlay), await readFile(overlay, "utf8"));
  }
  const sourceDir = import.meta.dirname;
  for (const file of readdirSync(sourceDir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    parts.push(file, await readFile(join(sourceDir, file), "utf8"));
  }
  return sha256(parts.join("\0"));
}

/** Whether the generated files exist and were produced from exactly these inputs. */
export async function isUpToDate(packageDir: string, stamp: string): Promise<boolean> {
  const paths = generatedPaths(packageDir);
  if (!existsSync(paths.schema) || !existsSync(paths.document) || !existsSync(paths.stamp))
    return false;
  return (await readFile(paths.stamp, "utf8")).trim() === stamp;
}

export { OPENAPI_TYPESCRIPT_VERSION };
