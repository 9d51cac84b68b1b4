// Builds every publishable package, packs it with pnpm (which rewrites `workspace:*` and applies
// `publishConfig`), then checks the tarball itself with publint and attw.
// With --publish, publishes the checked tarballs whose version is not on the registry yet.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const packDir = join(root, ".pack");
const publish = process.argv.includes("--publish");

const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: "inherit", ...options });

const publishable = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(root, "packages", entry.name))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

run("pnpm", ["run", "build"]);
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });

const failures = [];
const tarballs = [];
for (const { dir, manifest } of publishable) {
  const out = join(
    packDir,
    `${manifest.name.replace("@", "").replace("/", "-")}-${manifest.version}.tgz`,
  );
  run("pnpm", ["pack", "--out", out], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  tarballs.push({ name: manifest.name, version: manifest.version, out });
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
  failures.push(...loadBuiltPackage(dir, manifest));
}

// publint and attw read files and types; only Node itself shows that both builds really load
// (a dependency imported the wrong way from CommonJS passes both) and that every bin starts.
function loadBuiltPackage(dir, manifest) {
  const problems = [];
  const name = JSON.stringify(manifest.name);
  for (const [kind, code] of [
    ["require", `require(${name})`],
    ["import", `import(${name}).catch((e) => { console.error(e); process.exit(1); })`],
  ]) {
    try {
      run("node", ["-e", code], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
    } catch {
      problems.push(`${manifest.name}: ${kind}() of the build fails`);
    }
  }
  const bins =
    typeof manifest.bin === "string" ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  for (const [bin, file] of Object.entries(bins)) {
    try {
      run("node", [join(dir, file), "--help"], {
        cwd: dir,
        stdio: ["ignore", "ignore", "inherit"],
      });
    } catch {
      problems.push(`${manifest.name}: \`${bin} --help\` fails`);
    }
  }
  if (problems.length === 0) console.log(`${manifest.name}: require(), import() and bins load`);
  return problems;
}

if (failures.length > 0) {
  console.error(`\nPackage checks failed:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
console.log(`\nAll ${tarballs.length} packed packages pass publint and attw.`);

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
