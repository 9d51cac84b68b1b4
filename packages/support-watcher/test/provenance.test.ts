import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";

const MISSING = "INCIDENT_IO_API_KEY, ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN";

describe("where the data came from", () => {
  it("human brief without credentials still runs the example, warning first (piped or not)", async () => {
    for (const tty of [false, true]) {
      const { code, stdout } = await runCli(["brief", "--no-color"], { tty });
      expect(code).toBe(0);
      expect(stdout.split("\n")[0]).toMatch(
        /^Bundled example scenario, .*: no vendor credentials are set/,
      );
    }
  });

  it.each([
    ["brief", "--json"],
    ["brief", "--check"],
    ["handover-note", "--json"],
  ])(
    "%s %s without credentials fails naming the missing variables, exit 2",
    async (command, flag) => {
      const { code, stdout, stderr } = await runCli([command, flag]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(`no vendor credentials are set (${MISSING})`);
      expect(stderr).toContain("pass --scenario <file> or --example");
    },
  );

  it("--example --json says so in source", async () => {
    const { stdout } = await runCli(["brief", "--example", "--json"]);
    const out = JSON.parse(stdout);
    expect(out.source).toEqual({ kind: "example", fetchedAt: null, incident: "INC-2417" });
    expect(out.evaluatedAt).toBe("2026-06-03T16:05:00.000Z");
  });

  it("a scenario's source names the file and the time it was read", async () => {
    const example = JSON.parse(
      readFileSync(new URL("../src/scenario/example-scenario.json", import.meta.url), "utf8"),
    );
    const cwd = workspace({ "s.json": { ...example, fetchedAt: "2026-06-03T16:04:30Z" } });
    const { stdout } = await runCli(
      ["handover-note", "--scenario", "s.json", "--json", "--now", "2026-06-03T16:10:00Z"],
      { cwd },
    );
    const out = JSON.parse(stdout);
    expect(out.source).toEqual({
      kind: "scenario",
      fetchedAt: "2026-06-03T16:04:30.000Z",
      incident: "INC-2417",
      file: "s.json",
    });
    expect(out.evaluatedAt).toBe("2026-06-03T16:10:00.000Z");
    expect(out.dataProblems).toEqual([]);
  });
});
