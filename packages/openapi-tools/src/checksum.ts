import { createHash } from "node:crypto";
import { relative } from "node:path";
import type { Manifest } from "./manifest.ts";
import { ToolError } from "./tool-error.ts";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Throws a one-paragraph explanation, including how to adopt a new document, when the digest differs. */
export function verifyChecksum(manifest: Manifest, data: Uint8Array, origin: string): void {
  const actual = sha256(data);
  if (actual === manifest.sha256) return;
  const manifestPath = relative(process.cwd(), manifest.path) || manifest.path;
  throw new ToolError(
    `${manifest.document} (${origin}) has sha256 ${actual}, but ${manifestPath} pins ${manifest.sha256}. ` +
      'If this is a new upstream version you mean to adopt, point the manifest\'s "url" at it, set ' +
      `"sha256" to ${actual}, run \`pnpm generate\`, then re-check every overlay in openapi/overlays ` +
      "and the test fixtures against the new document before committing. Otherwise restore the pinned copy.",
  );
}
