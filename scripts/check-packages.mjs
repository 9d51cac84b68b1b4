// Builds every publishable package, packs it with pnpm (which rewrites `workspace:*` and applies
// `publishConfig`), checks each tarball with publint and attw, then installs the tarballs with
// npm into fresh temporary projects and runs an ESM and a CommonJS smoke script per package:
// each client's tarball alone, and all tarballs together with the one-line install the README
// documents. With --publish, first refuses a registry set-up that would send the scope to the
// public registry, then publishes the checked tarballs whose version is not there yet.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SMOKE } from "./package-smoke.mjs";
import { scopeRegistryProblem } from "./scope-registry.mjs";

const root = resolve(import.meta.dirname, "..");
const packDir = join(root, ".pack");
const publish = process.argv.includes("--publish");
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
/** The npm scope every publishable package is under; the one place to change it. */
const scope = rootManifest.config.scope;

const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: "inherit", ...options });

if (publish) {
  // Before anything is built: a scope that resolves to the public registry could publish our
  // packages there, and installs could pull someone else's (dependency confusion).
  const problem = scopeRegistryProblem(scope, root);
  if (problem) {
    console.error(`release: refusing to publish. ${problem}`);
    process.exit(1);
  }
}

const publishable = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(root, "packages", entry.name))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

const failures = [];
for (const { manifest } of publishable) {
  if (!manifest.name.startsWith(`${scope}/`)) {
    failures.push(`${manifest.name}: not under the scope ${scope} (package.json config.scope)`);
  }
}

run("pnpm", ["run", "build"]);
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });

const tarballs = [];
for (const { dir, manifest } of publishable) {
  const out = join(
    packDir,
    `${manifest.name.replace("@", "").replace("/", "-")}-${manifest.version}.tgz`,
  );
  run("pnpm", ["pack", "--out", out], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  tarballs.push({ name: manifest.name, version: manifest.version, out, manifest });
  console.log(`\n== ${manifest.name}@${manifest.version}`);
  for (const [tool, args] of [
    ["publint", ["run", out, "--strict"]],
    ["attw", [out, "--format", "table-flipped"]],
  ]) {
    try {
      run("pnpm", ["exec", tool, ...args]);
    } catch {
      failures.push(`${manifest.name}: ${tool}`);
    }
  }
}

/**
 * A fresh project outside the repository whose `.npmrc` maps the scope to a registry that does
 * not exist: installing works only if the tarballs given are all that is needed.
 */
function freshProject(label) {
  const dir = mkdtempSync(join(tmpdir(), `support-${label}-`));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: `smoke-${label}`, private: true })}\n`,
  );
  writeFileSync(join(dir, ".npmrc"), `${scope}:registry=http://127.0.0.1:9/\n`);
  return dir;
}

function npmInstall(dir, files) {
  run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--no-update-notifier", "--loglevel=error", ...files],
    { cwd: dir },
  );
}

/** Runs one package's ESM and CJS smoke scripts in `dir`; returns the failures. */
function smoke(dir, tarball) {
  const scripts = SMOKE[tarball.name.slice(scope.length + 1)];
  if (!scripts) return [`${tarball.name}: no smoke script in scripts/package-smoke.mjs`];
  const problems = [];
  for (const [kind, file, code] of [
    ["ESM", "smoke.mjs", scripts.esm(tarball)],
    ["CJS", "smoke.cjs", scripts.cjs(tarball)],
  ]) {
    writeFileSync(join(dir, file), code);
    try {
      run("node", [file], { cwd: dir });
      console.log(`${tarball.name}: ${kind} smoke script passes`);
    } catch {
      problems.push(`${tarball.name}: the ${kind} smoke script fails after npm install`);
    }
  }
  return problems;
}

const clients = tarballs.filter(({ name }) => name.endsWith("-client"));
for (const tarball of clients) {
  console.log(`\n== ${tarball.name} alone, into an empty project`);
  const dir = freshProject(tarball.name.split("/")[1]);
  try {
    npmInstall(dir, [tarball.out]);
    failures.push(...smoke(dir, tarball));
  } catch {
    failures.push(`${tarball.name}: npm install of its tarball alone fails`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log("\n== every tarball at once, as the README's one-line install");
const together = freshProject("all");
try {
  npmInstall(
    together,
    tarballs.map(({ out }) => out),
  );
  for (const tarball of tarballs.filter((t) => !clients.includes(t))) {
    failures.push(...smoke(together, tarball));
  }
} catch {
  failures.push("npm install of all the tarballs together fails");
} finally {
  rmSync(together, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\nPackage checks failed:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
console.log(
  `\nAll ${tarballs.length} packed packages pass publint and attw, install from their tarballs with npm, and load as ESM and CommonJS.`,
);

if (publish) {
  for (const { name, version, out } of tarballs) {
    const published = (() => {
      try {
        execFileSync("npm", ["view", `${name}@${version}`, "version"], { stdio: "pipe" });
        return true;
      } catch {
        return false;
      }
    })();
    if (published) {
      console.log(`${name}@${version} is already on the registry; skipped.`);
      continue;
    }
    run("pnpm", ["publish", out, "--no-git-checks"]);
  }
  run("pnpm", ["exec", "changeset", "tag"]);
}
