import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root, from this file's place in packages/openapi-tools/src. */
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

/** `<repo>/../shared/specs`: the mirror kept beside a checkout on the team's machines. */
export const SHARED_SPECS_DIR = resolve(REPO_ROOT, "../shared/specs");

/** `$SUPPORT_TOOLS_CACHE`, else `${XDG_CACHE_HOME:-$HOME/.cache}/support-incident-tools`. */
export function toolsCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SUPPORT_TOOLS_CACHE) return resolve(env.SUPPORT_TOOLS_CACHE);
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache");
  return join(base, "support-incident-tools");
}
