// Builds a package and the workspace packages it depends on, unless nothing they are built from
// changed since the last build: `./run watcher …` then starts in well under a second instead of
// rebuilding for half a minute. The stamp is a hash of every build input (sources, manifests,
// build and TypeScript configs, the lockfile), kept in node_modules/.cache.
//   node scripts/build-if-changed.mjs @support/watcher
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const target = process.argv[2] ?? "@support/watcher";

const packages = new Map(
  readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, "packages", entry.name))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => [JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name, dir]),
);

/** The package and every workspace package it depends on at run time, each once. */
function withDependencies(name, seen = new Set()) {
  const dir = packages.get(name);
  if (!dir || seen.has(name)) return seen;
  seen.add(name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  for (const dependency of Object.keys(manifest.dependencies ?? {}))
    withDependencies(dependency, seen);
  return seen;
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

const inputs = [
  join(root, "pnpm-lock.yaml"),
  join(root, "tsup.config.ts"),
  join(root, "tsconfig.base.json"),
];
for (const name of withDependencies(target)) {
  const dir = packages.get(name);
  inputs.push(
    ...["package.json", "tsup.config.ts", "tsconfig.json"].map((file) => join(dir, file)),
  );
  inputs.push(...files(join(dir, "src")));
}
const hash = createHash("sha256");
for (const file of inputs.filter((file) => existsSync(file))) {
  hash.update(file.slice(root.length)).update("\0").update(readFileSync(file)).update("\0");
}
const wanted = hash.digest("hex");
const stampDir = join(root, "node_modules", ".cache");
const stamp = join(stampDir, `build-${target.replace(/[@/]/g, "_")}.stamp`);
const built = [...withDependencies(target)].every((name) =>
  existsSync(join(packages.get(name), "dist")),
);
if (!built || !existsSync(stamp) || readFileSync(stamp, "utf8") !== wanted) {
  execFileSync("pnpm", ["--silent", "--filter", `${target}...`, "run", "build"], {
    cwd: root,
    stdio: ["ignore", process.stderr, process.stderr],
  });
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(stamp, wanted);
}
