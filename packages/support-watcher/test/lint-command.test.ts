import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";

const JARGON = "We are seeing elevated errors in the flags service.";
const CLEAN =
  "Feature flags are taking 30 to 60 seconds to update instead of under a second. All other features are working normally. Next update within 30 minutes.";

describe("lint command", () => {
  it("prints findings with the offending words marked, exit 1 on an error", async () => {
    const { code, stdout } = await runCli(["lint", "--kind", "status_page", JARGON]);
    expect(code).toBe(1);
    expect(stdout).toContain("✖ error   jargon");
    expect(stdout).toContain("We are seeing »elevated errors« in the flags service.");
  });

  it("highlights with colour on a terminal", async () => {
    const { stdout } = await runCli(["lint", "--kind", "status_page", JARGON], { tty: true });
    expect(stdout).toContain("\u001b[4m\u001b[31melevated errors\u001b[39m\u001b[24m");
  });

  it("exits 0 for a clear message", async () => {
    const { code, stdout } = await runCli(["lint", "--kind", "status_page", CLEAN]);
    expect(stdout).toBe("status_page: no findings.\n");
    expect(code).toBe(0);
  });

  it("exits 0 when there are only warnings", async () => {
    const text =
      "Feature flags are taking 30 to 60 seconds to update instead of under a second. All other features are working normally.";
    const { code, stdout } = await runCli([
      "lint",
      "--kind",
      "status_page",
      "--status",
      "investigating",
      text,
    ]);
    expect(stdout).toContain("! warning missing_next_update");
    expect(code).toBe(0);
  });

  it("reads standard input with - or without text", async () => {
    for (const argv of [
      ["lint", "--kind", "reply", "-"],
      ["lint", "--kind", "reply"],
    ]) {
      const { code, stdout } = await runCli(argv, { stdin: "We're working on it." });
      expect(code).toBe(1);
      expect(stdout).toContain("vague_filler");
    }
  });

  it("prints the findings array with --json", async () => {
    const { stdout } = await runCli(["lint", "--kind", "status_page", "--json", JARGON]);
    const findings = JSON.parse(stdout);
    expect(findings[0]).toMatchObject({ rule: "jargon", severity: "error", span: [14, 29] });
  });

  it("checks a macro's incident tag", async () => {
    const macro = `${CLEAN} Follow updates at https://status.example.com/incidents/abc`;
    const tagged = await runCli([
      "lint",
      "--kind",
      "macro",
      "--incident",
      "INC-7",
      "--tags",
      "incident/7",
      macro,
    ]);
    const untagged = await runCli([
      "lint",
      "--kind",
      "macro",
      "--incident",
      "INC-7",
      "--tags",
      "billing",
      macro,
    ]);
    expect(tagged.stdout).not.toContain("missing_incident_tag");
    expect(untagged.stdout).toContain("missing_incident_tag");
    expect(tagged.stdout).not.toContain("not checked");
  });

  it("says the macro's tags were not checked without --tags, and how to check them", async () => {
    const macro = `${CLEAN} Follow updates at https://status.example.com/incidents/abc`;
    const { code, stdout } = await runCli([
      "lint",
      "--kind",
      "macro",
      "--incident",
      "INC-7",
      macro,
    ]);
    expect(stdout).toBe(
      [
        "macro: 0 errors, 0 warnings, 1 note",
        "  i note    tags_not_checked  The macro's tags were not checked: pass --tags to check them.",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
    const json = await runCli(["lint", "--kind", "macro", "--json", macro]);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ rule: "tags_not_checked", severity: "info" }),
    ]);
  });

  it("checks an empty --tags list and finds the incident tag missing", async () => {
    const macro = `${CLEAN} Follow updates at https://status.example.com/incidents/abc`;
    const { code, stdout } = await runCli(["lint", "--kind", "macro", "--tags", "", macro]);
    expect(stdout).toContain("missing_incident_tag");
    expect(stdout).not.toContain("tags_not_checked");
    expect(code).toBe(1);
  });

  it("uses extra jargon from the config file", async () => {
    const cwd = workspace({
      "support-watcher.config.json": { policy: { jargon: ["plugin server"] } },
    });
    const { stdout } = await runCli(
      ["lint", "--kind", "status_page", `${CLEAN} The plugin server is slow.`],
      { cwd },
    );
    expect(stdout).toContain("»plugin server«");
  });

  it("rejects a missing or unknown kind, exit 2", async () => {
    for (const argv of [
      ["lint", JARGON],
      ["lint", "--kind", "tweet", JARGON],
    ]) {
      const { code, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stderr).toContain("--kind must be one of status_page, macro, reply");
    }
  });
});
