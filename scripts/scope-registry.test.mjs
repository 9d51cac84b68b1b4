import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { registryFor, scopeRegistryProblem } from "./scope-registry.mjs";

const config = (values) => (key) => values[key] ?? "undefined";

describe("the release guard on the scope's registry", () => {
  it("refuses a scope npm would send to the public registry", () => {
    const read = config({ registry: "https://registry.npmjs.org/" });
    expect(registryFor("@support", ".", read)).toBe("https://registry.npmjs.org/");
    expect(scopeRegistryProblem("@support", ".", read)).toMatch(
      /^npm resolves @support to the public registry https:\/\/registry\.npmjs\.org\/.*@support:registry=/,
    );
  });

  it("refuses an explicit mapping of the scope to a public registry too", () => {
    const read = config({ "@support:registry": "https://registry.yarnpkg.com/" });
    expect(scopeRegistryProblem("@support", ".", read)).toMatch(/public registry/);
  });

  it("accepts the scope mapped to the organisation's own registry", () => {
    const read = config({
      "@support:registry": "https://npm.example.internal/",
      registry: "https://registry.npmjs.org/",
    });
    expect(scopeRegistryProblem("@support", ".", read)).toBeUndefined();
  });

  it("reads the mapping of whichever scope it is given", () => {
    const read = config({ "@acme:registry": "https://npm.acme.internal/" });
    expect(registryFor("@acme", ".", read)).toBe("https://npm.acme.internal/");
    expect(scopeRegistryProblem("@support", ".", read)).toMatch(/not a registry URL/);
  });

  it("makes `release` stop before building anything when the scope is unmapped", () => {
    const home = mkdtempSync(join(tmpdir(), "release-guard-"));
    writeFileSync(join(home, ".npmrc"), "registry=https://registry.npmjs.org/\n");
    const root = resolve(import.meta.dirname, "..");
    let failure;
    try {
      execFileSync("node", [join(root, "scripts/check-packages.mjs"), "--publish"], {
        cwd: root,
        env: { ...process.env, npm_config_userconfig: join(home, ".npmrc") },
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (error) {
      failure = error;
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toMatch(
      /^release: refusing to publish\. npm resolves @support to the public registry/,
    );
    expect(failure?.stdout ?? "").not.toContain("build");
  });
});
