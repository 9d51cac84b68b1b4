import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/all.js";
import { parseConfig } from "../src/config/load.js";
import { BASE_URL_VARIABLES, CREDENTIAL_VARIABLES } from "../src/vendors/credentials.js";
import { runCli } from "./support/run-cli.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The fenced block right after `<!-- marker -->`. */
const blockAfter = (marker: string): string => {
  const start = readme.indexOf(`<!-- ${marker} -->`);
  const match = /```\w*\n([\s\S]*?)\n```/.exec(readme.slice(start));
  if (start < 0 || !match?.[1]) throw new Error(`README has no block after ${marker}`);
  return match[1];
};

describe("README", () => {
  it("shows the bundled briefing exactly as brief prints it", async () => {
    const { stdout } = await runCli(["brief"]);
    expect(blockAfter("example-briefing")).toBe(stdout.trimEnd());
  });

  it("shows the sweep example exactly as sweep --example prints it", async () => {
    const { stdout } = await runCli(["sweep", "--example"]);
    expect(blockAfter("sweep-example")).toBe(
      `$ support-watcher sweep --example\n${stdout.trimEnd()}`,
    );
  });

  it("has a config example that validates", () => {
    expect(() => parseConfig(JSON.parse(blockAfter("config-example")), "README")).not.toThrow();
  });

  it("documents every environment variable and every command", () => {
    for (const name of [...CREDENTIAL_VARIABLES, ...BASE_URL_VARIABLES])
      expect(readme).toContain(`\`${name}\``);
    for (const command of COMMANDS)
      expect(readme).toMatch(new RegExp(`### \`${command.name}[ \`]`));
  });
});
