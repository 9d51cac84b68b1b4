import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config/load.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";
import { CONFIG, ENV } from "./support/world.js";

describe("config validation", () => {
  it("names every bad field and why, exit 2, without a stack trace", async () => {
    const cwd = workspace({
      "support-watcher.config.json": {
        team: [{ name: "Priya", timezone: "Mars/Olympus" }],
        incidentIo: { severities: { SEV1: "huge" } },
        sweep: { concurrency: 0, tagConcurrency: 11 },
        colour: true,
      },
    });
    const { code, stderr, stdout } = await runCli(["brief", "INC-2417"], { env: ENV, cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("support-watcher.config.json is invalid:");
    expect(stderr).toContain("→ at team[0].timezone");
    expect(stderr).toContain("→ at incidentIo.severities.SEV1");
    expect(stderr).toContain("→ at sweep.concurrency");
    expect(stderr).toContain("→ at sweep.tagConcurrency");
    expect(stderr).toContain('Unrecognized key: "colour"');
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("reads YAML", async () => {
    const cwd = workspace({
      "support-watcher.config.yaml":
        "team:\n  - name: Priya\n    timezone: Europe/London\nsweep:\n  concurrency: 99\n",
    });
    const { code, stderr } = await runCli(["sweep", "INC-1"], { env: ENV, cwd });
    expect(code).toBe(2);
    expect(stderr).toContain("support-watcher.config.yaml is invalid:");
    expect(stderr).toContain("→ at sweep.concurrency");
  });

  it("reports a syntax error with the file name", async () => {
    const cwd = workspace({ "support-watcher.config.json": "{ team: [" });
    const { code, stderr } = await runCli(["sweep", "INC-1"], { env: ENV, cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/support-watcher\.config\.json is not valid JSON: /);
  });

  it("asks for a config file before reading live data", async () => {
    const { code, stderr } = await runCli(["brief", "INC-2417"], { env: ENV, cwd: workspace() });
    expect(code).toBe(2);
    expect(stderr).toContain("No config file: create support-watcher.config.json");
  });

  it("reports a --config path that does not exist", async () => {
    const { code, stderr } = await runCli(["sweep", "INC-1", "--config", "nope.json"], {
      env: ENV,
      cwd: workspace(),
    });
    expect(code).toBe(2);
    expect(stderr).toContain("Cannot read the config file");
  });

  it("fills every documented default", () => {
    const config = parseConfig({}, "test");
    expect(config.incidentIo.roles).toEqual({
      incidentLead: "Incident Lead",
      commsLead: "Comms Lead",
      supportWatcher: "Support Watcher",
    });
    expect(config.zendesk.resolutionNotice.markerTag).toBe("incident/{number}/notified");
    expect(config.auditLog).toBe("support-watcher-audit.jsonl");
    expect(config.zendesk.plan).toBe("team");
    expect(config.sweep).toEqual({
      concurrency: 4,
      tagConcurrency: 2,
      jobPollMs: 1000,
      attachmentsPerMinute: 60,
    });
  });

  it("accepts the test world's config", () => {
    expect(() => parseConfig(CONFIG, "test")).not.toThrow();
  });
});
