import { readFileSync } from "node:fs";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/all.js";
import { COMMAND_ENTRIES } from "../src/commands/registry.js";
import { VERSION } from "../src/main.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";
import { CONFIG, ENV } from "./support/world.js";

describe("help and usage", () => {
  it("lists every command", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name}`);
  });

  it("loads each command by its registered name, with the registered summary, in help order", async () => {
    const loaded = await Promise.all(COMMAND_ENTRIES.map((entry) => entry.load()));
    expect(loaded).toEqual(COMMANDS);
    expect(COMMAND_ENTRIES.map((entry) => [entry.name, entry.summary])).toEqual(
      COMMANDS.map((command) => [command.name, command.summary]),
    );
  });

  it.each(COMMANDS.map((c) => c.name))("%s --help prints its usage", async (name) => {
    const { code, stdout } = await runCli([name, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: support-watcher ${name}`));
  });

  it.each(["--version", "-v"])("%s prints the version in package.json", async (flag) => {
    const { version } = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    const { code, stdout } = await runCli([flag]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
    expect(VERSION).toBe(version);
  });

  it("sends its version in User-Agent ahead of the client's own", async () => {
    const { version } = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    const scope = nock("https://api.incident.io")
      .get("/v2/incidents/2417")
      .matchHeader("user-agent", (value) =>
        String(value).startsWith(`support-watcher/${version} @support/incidentio-client/`),
      )
      .reply(404, {});
    const cwd = workspace({ "support-watcher.config.json": CONFIG });
    const { stderr } = await runCli(["brief", "INC-2417"], { env: ENV, cwd });
    expect(stderr).toBe("support-watcher: incident.io has no incident INC-2417.\n");
    scope.done();
  });

  it("exits 2 with the help on stderr when no command is given", async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: support-watcher <command>");
  });

  it("rejects an unknown command and an unknown option, exit 2", async () => {
    const unknown = await runCli(["briefing"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "briefing"');
    const option = await runCli(["brief", "--colour"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("brief: unknown option --colour; did you mean --no-color?");
    expect(option.stderr).toContain("Run support-watcher brief --help for usage.");
  });

  it("rejects a --now that is not an ISO time with an offset", async () => {
    const { code, stderr } = await runCli(["brief", "--now", "tomorrow"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--now must be an ISO-8601 time with an offset");
  });

  it("sweep needs an incident reference", async () => {
    const { code, stderr } = await runCli(["sweep"]);
    expect(code).toBe(2);
    expect(stderr).toContain("sweep: name one incident");
  });
});

describe("rules", () => {
  it("lists every rule under its handbook section, then the lint rules", async () => {
    const { code, stdout } = await runCli(["rules"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Creating a macro for the incident\n {2}[a-z-]+ \(/);
    expect(stdout).toContain("comms-review-before-use (incident, support_watcher, blocking)");
    expect(stdout).toContain("Message lint (support-watcher lint)");
    expect(stdout).toContain("Raising an incident\n  raise-incident (cluster, support_team)");
    expect(stdout).toContain("  Hand over when the incident outlasts your day: handover\n");
  });

  it("prints the rule metadata as JSON", async () => {
    const { stdout } = await runCli(["rules", "--json"]);
    const { rules, lintRules } = JSON.parse(stdout);
    expect(rules.find((r: { id: string }) => r.id === "check-with-cs")).toMatchObject({
      handbook: "Coordinating with TAMs and CSMs",
      blocking: true,
    });
    expect(lintRules.map((r: { id: string }) => r.id)).toContain("jargon");
  });
});
