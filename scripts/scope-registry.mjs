// Where npm would publish and install the project's scope from, and whether that is safe.
import { execFileSync } from "node:child_process";

/** Registries anyone can publish to: the scope must never resolve to one of them. */
export const PUBLIC_REGISTRIES = [
  "registry.npmjs.org",
  "registry.yarnpkg.com",
  "registry.npmjs.com",
];

/** The registry URL npm uses for `scope` in `cwd` (the scoped mapping, else the default). */
export function registryFor(scope, cwd, read = npmConfig) {
  const scoped = read(`${scope}:registry`, cwd);
  return scoped && scoped !== "undefined" ? scoped : read("registry", cwd);
}

/**
 * Why publishing `scope` from `cwd` is unsafe, or `undefined` when the scope maps to a registry
 * of the organisation's own.
 */
export function scopeRegistryProblem(scope, cwd, read = npmConfig) {
  const registry = registryFor(scope, cwd, read);
  let host;
  try {
    host = new URL(registry).host;
  } catch {
    return `npm resolves ${scope} to "${registry}", which is not a registry URL. Map the scope in .npmrc: ${scope}:registry=https://npm.example.internal/ (see README, Releasing).`;
  }
  if (PUBLIC_REGISTRIES.includes(host)) {
    return `npm resolves ${scope} to the public registry ${registry}, where the scope is not ours. Map it to the organisation's registry in .npmrc: ${scope}:registry=https://npm.example.internal/ (see README, Releasing).`;
  }
  return undefined;
}

function npmConfig(key, cwd) {
  return execFileSync("npm", ["config", "get", key], { cwd, encoding: "utf8" }).trim();
}
