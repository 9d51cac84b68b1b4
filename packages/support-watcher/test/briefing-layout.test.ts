import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../src/output/table.js";
import { clockTime, dateTime } from "../src/output/time.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";

const example = () =>
  JSON.parse(
    readFileSync(new URL("../src/scenario/example-scenario.json", import.meta.url), "utf8"),
  );
const tableOf = (stdout: string) => {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => line.startsWith("  Ticket  "));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith("  #"));
  return lines.slice(start, end);
};

describe("the ticket table", () => {
  it("fits the terminal: cut with an ellipsis, never wrapped, at 60, 100 and 200 columns", async () => {
    for (const columns of [60, 100, 200]) {
      const { stdout } = await runCli(["brief", "--no-color"], { tty: true, columns });
      const rows = tableOf(stdout);
      expect(rows).toHaveLength(5);
      for (const row of rows) expect(visibleLength(row)).toBeLessThanOrEqual(columns);
      if (columns === 200)
        expect(stdout).toContain("Northwind Bank (ent.)  TAM Kenji Sato offline");
      else expect(stdout).toContain("…");
    }
  });

  it("is laid out for 100 columns off a terminal", async () => {
    const { stdout } = await runCli(["brief"]);
    const rows = tableOf(stdout);
    expect(Math.max(...rows.map(visibleLength))).toBeLessThanOrEqual(100);
    expect(Math.max(...rows.map(visibleLength))).toBeGreaterThan(90);
  });

  it("lists tickets newest first, as the handbook asks", async () => {
    const { stdout } = await runCli(["brief"]);
    const ids = tableOf(stdout)
      .slice(1)
      .map((row) => row.trim().split(" ")[0] ?? "");
    const created = new Map<string, string>(
      example().tickets.map((t: { id: string; createdAt: string }) => [`#${t.id}`, t.createdAt]),
    );
    const times = ids.map((id) => Date.parse(created.get(id) ?? ""));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(ids[0]).toBe("#48230");
  });

  it("--all lists the unrelated queue tickets by subject", async () => {
    const plain = await runCli(["brief"]);
    expect(plain.stdout).toContain(
      "1 other queue ticket does not look related (--all lists them).",
    );
    const { stdout } = await runCli(["brief", "--all"]);
    const unrelated = example().tickets.find(
      (t: { id: string }) => !plain.stdout.includes(`#${t.id} `),
    );
    expect(stdout).toContain("Other queue tickets (1, not related)");
    expect(stdout).toMatch(new RegExp(`#${unrelated.id} +${unrelated.subject.slice(0, 20)}`));
  });
});

describe("dates and clocks", () => {
  const now = Date.parse("2026-06-03T16:05:00Z");
  it("shows the year only when it is not the current one", () => {
    expect(clockTime("2026-06-03T14:38:00Z", now, "UTC")).toBe("14:38 UTC");
    expect(clockTime("2026-06-04T00:00:00Z", now, "UTC")).toBe("Thu 00:00 UTC");
    expect(clockTime("2026-05-20T09:00:00Z", now, "UTC")).toBe("Wed 20 May 09:00 UTC");
    expect(clockTime("2025-12-31T23:00:00Z", now, "UTC")).toBe("Wed 31 Dec 2025 23:00 UTC");
    expect(dateTime("2026-06-03T16:05:00Z", "UTC", now)).toBe("Wed 03 Jun 16:05 UTC");
    expect(dateTime("2026-06-03T16:05:00Z", "UTC", Date.parse("2027-01-02T00:00:00Z"))).toBe(
      "Wed 03 Jun 2026 16:05 UTC",
    );
  });

  it("warns when --now is before the declaration, and still briefs", async () => {
    const before = await runCli(["brief", "--now", "2026-06-03T14:00:00Z"]);
    expect(before.code).toBe(0);
    expect(before.stderr).toContain(
      "Warning: the clock (Wed 03 Jun 14:00 UTC) is before INC-2417 was declared (Wed 03 Jun 14:38 UTC)",
    );
    const after = await runCli(["brief", "--now", "2026-06-03T14:38:00Z"]);
    expect(after.stderr).not.toContain("Warning");
  });
});

describe("phrasing", () => {
  it("names the on-call properly and reads right for one ticket", async () => {
    const scenario = example();
    // Saturday: nobody in support is working, so waiting tickets go to the engineering on-call.
    const cwd = workspace({ "weekend.json": scenario });
    const { stdout } = await runCli(
      ["brief", "--scenario", "weekend.json", "--now", "2026-06-06T12:00:00Z", "--no-color"],
      { cwd, tty: true, columns: 200 },
    );
    expect(stdout).toContain("hand to the on-call");
    expect(stdout).not.toContain("on call global");
    const weekday = await runCli(["brief"]);
    expect(weekday.stdout).toContain("Attach 1 queue ticket to INC-2417; it was opened before");
    expect(weekday.stdout).toContain("mark Experiments.");
    expect(weekday.stdout).not.toContain("unmark nothing");
  });

  it("points the steps the sweep can do to the sweep, once each", async () => {
    const { stdout } = await runCli(["brief"]);
    const hint = "→ support-watcher sweep INC-2417 --apply does this";
    expect(stdout.split(hint)).toHaveLength(3); // sweep-queue and attach-ticket
    const attach = stdout.indexOf("Attach ticket 48190 to INC-2417");
    expect(stdout.slice(attach, attach + 300)).toContain(hint);
  });
});

describe("--help", () => {
  it("ends every command's help with the same common options and exit codes, listed once", async () => {
    const { COMMANDS } = await import("../src/commands/all.js");
    const { COMMON_HELP } = await import("../src/commands/command.js");
    expect(COMMON_HELP).toContain("--debug");
    expect(COMMON_HELP).toContain("70  a bug in support-watcher");
    for (const command of COMMANDS) {
      const { code, stdout } = await runCli([command.name, "--help"]);
      expect(code).toBe(0);
      expect(stdout.trimEnd().endsWith(COMMON_HELP)).toBe(true);
      expect(stdout.split("--debug ")).toHaveLength(2);
      expect(stdout.split("Exit codes")).toHaveLength(2);
      const viaHelp = await runCli(["help", command.name]);
      expect(viaHelp.stdout).toBe(stdout);
    }
  });
});
