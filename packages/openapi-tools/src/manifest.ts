import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ToolError } from "./tool-error.ts";

/** `openapi/manifest.json` of a client package: which vendor document it is generated from. */
export interface Manifest {
  /** Vendor name for messages, e.g. "incident.io". */
  name: string;
  /** The document's path under the specs directory, e.g. "zendesk/support-oas.yaml". */
  document: string;
  /** Pinned download URL (a raw file at an exact commit), used when no local copy exists. */
  url: string;
  /** Lower-case hex sha256 the document must have. */
  sha256: string;
  /** Overlay files, absolute, in the order they are applied. */
  overlays: string[];
  /** The manifest file itself, absolute. */
  path: string;
  /** The client package directory (the manifest's grandparent). */
  packageDir: string;
}

const SHA256 = /^[0-9a-f]{64}$/;

export async function readManifest(location: string | URL): Promise<Manifest> {
  const path = resolve(location instanceof URL ? fileURLToPath(location) : location);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ToolError(`cannot read manifest ${path}: ${(error as Error).message}`);
  }
  const bad = (field: string, problem: string): never => {
    throw new ToolError(`manifest ${path}: "${field}" ${problem}`);
  };
  const m = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  for (const field of ["name", "document", "url", "sha256"] as const) {
    if (typeof m[field] !== "string" || m[field] === "") bad(field, "must be a non-empty string");
  }
  const document = m.document as string;
  if (document.startsWith("/") || document.split("/").includes("..")) {
    bad("document", "must be a relative path inside the specs directory");
  }
  if (!/^https:\/\//.test(m.url as string)) bad("url", "must be an https URL");
  if (!SHA256.test(m.sha256 as string)) bad("sha256", "must be 64 lower-case hex digits");
  const overlays = m.overlays ?? [];
  if (!Array.isArray(overlays) || overlays.some((o) => typeof o !== "string")) {
    bad("overlays", "must be a list of file names relative to the manifest");
  }
  const dir = dirname(path);
  return {
    name: m.name as string,
    document,
    url: m.url as string,
    sha256: m.sha256 as string,
    overlays: (overlays as string[]).map((o) => join(dir, o)),
    path,
    packageDir: dirname(dir),
  };
}
