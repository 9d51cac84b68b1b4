import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";

describe("command-line input", () => {
  it("rejects --now on a day the month does not have, and takes a real one", async () => {
    const bad = await runCli(["brief", "--now", "2026-02-30T00:00:00Z"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "--now must be an ISO-8601 time with an offset on a real calendar day",
    );
    expect((await runCli(["brief", "--now", "2028-02-29T00:00:00Z"])).code).toBe(0);
  });

  it("says why a scenario file cannot be read: missing, a directory, a loop", async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, "dir.json"));
    symlinkSync(join(cwd, "loop-b.json"), join(cwd, "loop-a.json"));
    symlinkSync(join(cwd, "loop-a.json"), join(cwd, "loop-b.json"));
    const cases = [
      ["missing.json", "it does not exist"],
      ["dir.json", "it is a directory, not a regular file"],
      ["loop-a.json", "its symbolic links form a loop"],
    ];
    for (const [file, why] of cases) {
      const { code, stderr } = await runCli(["brief", "--scenario", file as string], { cwd });
      expect(code).toBe(2);
      expect(stderr).toBe(
        `support-watcher: Cannot read the scenario file ${join(cwd, file as string)}: ${why}.\n`,
      );
    }
  });

  it("refuses a FIFO and a device without opening them (no hang)", async () => {
    const cwd = workspace();
    execFileSync("mkfifo", [join(cwd, "pipe.json")]);
    const fifo = await runCli(["brief", "--scenario", "pipe.json"], { cwd });
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain("it is a named pipe (FIFO), not a regular file");
    const config = await runCli(["lint", "--kind", "reply", "--config", "/dev/zero", "hello"]);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(
      "Cannot read the config file /dev/zero: it is a device, not a regular file.",
    );
  });

  it("refuses an empty --scenario instead of running the example", async () => {
    const { code, stdout, stderr } = await runCli(["brief", "--scenario", ""]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("--scenario needs a scenario file path; got an empty value.");
  });

  it("suggests the nearest option and command", async () => {
    const option = await runCli(["sweep", "INC-1", "--aply"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("sweep: unknown option --aply; did you mean --apply?");
    const command = await runCli(["breif"]);
    expect(command.stderr).toContain('unknown command "breif"; did you mean brief?');
  });

  it("turns colour off for NO_COLOR set to anything, the empty string too", async () => {
    for (const value of ["", "1", "false"]) {
      const { stdout } = await runCli(["brief"], { tty: true, env: { NO_COLOR: value } });
      expect(stdout).not.toContain("\u001b[");
    }
  });
});
