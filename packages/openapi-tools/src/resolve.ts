import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sha256, verifyChecksum } from "./checksum.ts";
import { SHARED_SPECS_DIR, toolsCacheDir } from "./locations.ts";
import type { Manifest } from "./manifest.ts";
import { ToolError } from "./tool-error.ts";

export interface ResolveOptions {
  /** Environment to read SUPPORT_SPECS_DIR, SUPPORT_TOOLS_CACHE, XDG_CACHE_HOME and HOME from. */
  env?: NodeJS.ProcessEnv;
  /** The shared mirror (default `<repo>/../shared/specs`). */
  sharedSpecsDir?: string;
  /** Used for the download (default: global fetch). */
  fetch?: (url: string) => Promise<Response>;
  /** Progress messages (default: silent). */
  log?: (message: string) => void;
}

export interface ResolvedDocument {
  /** Where the verified bytes were read from. */
  path: string;
  /** Which step of the resolution order supplied them. */
  origin: "SUPPORT_SPECS_DIR" | "shared specs" | "download cache" | "download";
  bytes: Uint8Array;
}

/**
 * Finds the manifest's document and verifies its sha256, trying in order: `$SUPPORT_SPECS_DIR`,
 * the shared mirror beside the repository, the download cache, and finally the pinned URL
 * (saved into the cache). Every copy is checked against the manifest before it is used.
 */
export async function resolveDocument(
  manifest: Manifest,
  options: ResolveOptions = {},
): Promise<ResolvedDocument> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});

  if (env.SUPPORT_SPECS_DIR) {
    const path = join(env.SUPPORT_SPECS_DIR, manifest.document);
    if (!existsSync(path)) {
      throw new ToolError(
        `SUPPORT_SPECS_DIR is set to ${env.SUPPORT_SPECS_DIR}, but ${path} does not exist. ` +
          "Put the document there or unset SUPPORT_SPECS_DIR to use the shared mirror or a download.",
      );
    }
    return verified(manifest, path, "SUPPORT_SPECS_DIR");
  }

  const shared = join(options.sharedSpecsDir ?? SHARED_SPECS_DIR, manifest.document);
  if (existsSync(shared)) return verified(manifest, shared, "shared specs");

  const cached = join(toolsCacheDir(env), "specs", manifest.document);
  if (existsSync(cached)) {
    const bytes = await readFile(cached);
    if (sha256(bytes) === manifest.sha256) return { path: cached, origin: "download cache", bytes };
    log(`${cached} does not match the manifest; downloading it again`);
  }

  log(`downloading ${manifest.document} from ${manifest.url}`);
  const bytes = await download(manifest, options.fetch ?? ((url) => fetch(url)));
  verifyChecksum(manifest, bytes, `downloaded from ${manifest.url}`);
  await mkdir(dirname(cached), { recursive: true });
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, cached);
  return { path: cached, origin: "download", bytes };
}

async function verified(
  manifest: Manifest,
  path: string,
  origin: ResolvedDocument["origin"],
): Promise<ResolvedDocument> {
  const bytes = await readFile(path);
  verifyChecksum(manifest, bytes, `${origin}: ${path}`);
  return { path, origin, bytes };
}

async function download(
  manifest: Manifest,
  fetchUrl: (url: string) => Promise<Response>,
): Promise<Uint8Array> {
  const offline = `Set SUPPORT_SPECS_DIR to a directory holding ${manifest.document} to work offline.`;
  let response: Response;
  try {
    response = await fetchUrl(manifest.url);
  } catch (error) {
    const reason = (error as Error).cause ?? error;
    throw new ToolError(
      `could not download ${manifest.document} from ${manifest.url}: ${(reason as Error).message ?? reason}. ${offline}`,
    );
  }
  if (!response.ok) {
    throw new ToolError(
      `could not download ${manifest.document} from ${manifest.url}: HTTP ${response.status}. ${offline}`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}
