import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";
import { ENV, world } from "./support/world.js";

const NOW = "2026-06-03T16:05:00Z";
const live = verifyContractsAfterEach();
const setup = (...args: Parameters<typeof liveSetup>) => {
  live.current = liveSetup(...args);
  return live.current;
};

describe("brief on the bundled example", () => {
  it("runs with no credentials and no arguments, and says so on its first line", async () => {
    const { code, stdout } = await runCli(["brief"], { now: "2030-01-01T00:00:00Z" });
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(
      /^Bundled example scenario, clock fixed at Wed 03 Jun 2026 16:05 UTC/,
    );
  });

  it("prints the pinned briefing (plain text)", async () => {
    const { stdout } = await runCli(["brief", "--now", NOW]);
    await expect(stdout).toMatchFileSnapshot("expected/example-briefing.txt");
  });

  it("prints the pinned evaluateIncident result with --json", async () => {
    const { code, stdout } = await runCli(["brief", "--example", "--json", "--now", NOW]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual([
      "incidentId",
      "evaluatedAt",
      "blocked",
      "decisions",
      "tickets",
      "ticketStates",
      "matches",
      "coverage",
      "acknowledgements",
      "acknowledgementsFrom",
      "dataProblems",
      "source",
    ]);
    expect(parsed.source).toEqual({ kind: "example", fetchedAt: null, incident: "INC-2417" });
    expect(parsed.evaluatedAt).toBe("2026-06-03T16:05:00.000Z");
    await expect(stdout).toMatchFileSnapshot("expected/example-evaluation.json");
  });

  it("lists blocking decisions first within each owner, with handbook section and rule id", async () => {
    const { stdout } = await runCli(["brief"]);
    const watcher = stdout.slice(stdout.indexOf("Support Watcher (Priya Raman)"));
    expect(watcher.split("\n")[1]).toContain("✖ BLOCKING Do not use the macro for INC-2417 yet");
    expect(watcher.split("\n")[2]).toContain(
      "Creating a macro for the incident · comms-review-before-use",
    );
  });

  it("says who is working now and when coverage next changes", async () => {
    const { stdout } = await runCli(["brief"]);
    expect(stdout).toContain(
      "Support coverage now: Lou Bennett until Thu 00:00 UTC, Mateo Alvarez until 21:30 UTC, Priya Raman until 16:45 UTC",
    );
    expect(stdout).toContain("Coverage next changes 16:45 UTC (in 40m): Priya Raman's day ends.");
  });

  it("hands over to someone who is working, and shows the pickup steps once the watcher is off", async () => {
    const { stdout: before } = await runCli(["brief", "--now", NOW]);
    // Lou Bennett works in Los Angeles until 00:00 UTC; Priya's day ends at 16:45 UTC.
    expect(before).toContain(
      "Hand INC-2417 over to Lou Bennett in the #team-support workflow thread by 16:45 UTC.",
    );
    const { stdout: after } = await runCli(["brief", "--now", "2026-06-03T17:00:00Z"]);
    expect(after).toContain("to pick it up from Priya Raman, who is off shift");
    expect(after).toContain(
      "      1. read the handover notes the previous watcher left in the #team-support workflow thread\n      2. catch up on what the incident channel has said since those notes\n      3. reply in the #team-support workflow thread the incident began with to raise your hand",
    );
    expect(after).toContain("by 17:00 UTC (now: the watcher's working day is over)");
  });

  it("shows times in the zone given with --tz", async () => {
    const { stdout } = await runCli(["brief", "--tz", "America/Los_Angeles"]);
    expect(stdout).toContain("declared 07:38 PDT");
  });

  it("exits 1 with --check when a decision is blocking", async () => {
    expect((await runCli(["brief", "--example", "--check"])).code).toBe(1);
    expect((await runCli(["brief"])).code).toBe(0);
  });
});

describe("brief output for terminals and pipes", () => {
  const ansi = "\u001b[";
  it("is plain when not a terminal", async () => {
    expect((await runCli(["brief"])).stdout).not.toContain(ansi);
  });
  it("is coloured on a terminal", async () => {
    expect((await runCli(["brief"], { tty: true, env: {} })).stdout).toContain(ansi);
  });
  it("honours NO_COLOR on a terminal", async () => {
    expect((await runCli(["brief"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(
      ansi,
    );
  });
  it("honours --no-color on a terminal", async () => {
    expect((await runCli(["brief", "--no-color"], { tty: true, env: {} })).stdout).not.toMatch(
      ansi,
    );
  });
  it("honours FORCE_COLOR in a pipe", async () => {
    expect((await runCli(["brief"], { env: { FORCE_COLOR: "1" } })).stdout).toContain(ansi);
  });
});

describe("brief on live data", () => {
  it("reads incident.io, Zendesk and Statuspage and writes nothing", async () => {
    const { run, fake } = setup(world({ macro: "draft" }));
    const { code, stdout, stderr } = await run(["brief", "INC-2417"]);
    expect(stderr).not.toContain("support-watcher:");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(
      "Live data from incident.io, Zendesk and Statuspage, at Wed 03 Jun 16:05 UTC.",
    );
    expect(stdout).toContain(
      "INC-2417 · MAJOR · active · Feature flag evaluation slow for EU projects",
    );
    expect(stdout).toContain(
      "Lead Marta Kowalski · Comms Lead Sam Okafor · Support Watcher Priya Raman",
    );
    expect(stdout).toContain("jargon »latency« »replica« »Postgres« »cluster«");
    expect(stdout).toContain("✖ BLOCKING Do not use the macro for INC-2417 yet");
    // Off a terminal the table is laid out for 100 columns; a wide terminal shows every cell whole.
    const wide = await run(["brief", "INC-2417"], {
      env: { ...ENV, NO_COLOR: "1" },
      tty: true,
      columns: 160,
    });
    expect(wide.stdout).toMatch(/#48213 +Acme Health \(ent\.\) +CSM Rosa Lindqvist online/);
    expect(wide.stdout).toMatch(/#48190 +Northwind Bank \(ent\.\) +TAM Kenji Sato offline/);
    expect(fake.writes()).toEqual([]);
  });

  it("briefs the only live incident when no reference is given", async () => {
    const { run } = setup(world());
    const { code, stdout } = await run(["brief"]);
    expect(code).toBe(0);
    expect(stdout).toContain("INC-2417 · MAJOR");
  });

  it("treats an active macro as approved by the Comms Lead", async () => {
    const { run } = setup(world({ macro: "active" }));
    const { stdout } = await run(["brief", "INC-2417"]);
    expect(stdout).not.toContain("Do not use the macro");
  });

  it("saves a scenario with --full that replays to the same decisions", async () => {
    const { run, cwd } = setup(world({ macro: "draft" }));
    const liveJson = await run(["brief", "INC-2417", "--json", "--save", "saved.json", "--full"]);
    expect(liveJson.stderr).toContain("Saved the scenario to");
    const saved = JSON.parse(readFileSync(join(cwd, "saved.json"), "utf8"));
    expect(saved.now).toBe("2026-06-03T16:05:00.000Z");
    const replay = await runCli(["brief", "--scenario", join(cwd, "saved.json"), "--json"], {
      now: "2031-01-01T00:00:00Z",
    });
    expect(replay.code).toBe(0);
    // The same decisions and data problems; only the source says it is a replay now.
    const { source: liveSource, ...liveRest } = JSON.parse(liveJson.stdout);
    const { source: replaySource, ...replayRest } = JSON.parse(replay.stdout);
    expect(replayRest).toEqual(liveRest);
    expect(liveSource).toEqual({
      kind: "live",
      fetchedAt: "2026-06-03T16:05:00.000Z",
      incident: "INC-2417",
    });
    expect(replaySource).toEqual({
      kind: "scenario",
      fetchedAt: "2026-06-03T16:05:00.000Z",
      incident: "INC-2417",
      file: join(cwd, "saved.json"),
    });
  });
});

describe("brief --save without --full", () => {
  it("keeps the related tickets only and leaves out personal data", async () => {
    const { run, cwd } = setup(world({ macro: "draft" }));
    const { code, stderr } = await run(["brief", "INC-2417", "--save", "saved.json"]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      "(related tickets only; email addresses, Slack handles, customer names, draft replies left out; --full keeps them)",
    );
    const text = readFileSync(join(cwd, "saved.json"), "utf8");
    const saved = JSON.parse(text);
    expect(text).not.toMatch(/@example\.com/);
    expect(text).not.toContain("Acme Health");
    expect(saved.tickets.every((t: { draftReply?: string }) => t.draftReply === undefined)).toBe(
      true,
    );
    const full = await run(["brief", "INC-2417", "--save", "full.json", "--full"]);
    const all = JSON.parse(readFileSync(join(cwd, "full.json"), "utf8"));
    expect(full.code).toBe(0);
    expect(saved.tickets.length).toBeLessThan(all.tickets.length);
    expect(saved.tickets.map((t: { id: string }) => t.id)).toEqual(
      all.tickets.map((t: { id: string }) => t.id).filter((id: string) => id !== "48176"),
    );
    expect(JSON.stringify(all)).toContain("Acme Health");
    const org = saved.tickets.find((t: { id: string }) => t.id === "48213")?.organization;
    expect(org?.name).toMatch(/^Customer \d+$/);
    // Still a scenario the CLI replays.
    const replay = await runCli(["brief", "--scenario", join(cwd, "saved.json")]);
    expect(replay.code).toBe(0);
  });

  it("refuses to overwrite a file without --force", async () => {
    const { run, cwd } = setup(world({ macro: "draft" }));
    writeFileSync(join(cwd, "saved.json"), "keep me");
    const refused = await run(["brief", "INC-2417", "--save", "saved.json"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("saved.json already exists; pass --force to overwrite it.");
    expect(readFileSync(join(cwd, "saved.json"), "utf8")).toBe("keep me");
    const forced = await run(["brief", "INC-2417", "--save", "saved.json", "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, "saved.json"), "utf8")).not.toBe("keep me");
  });
});

describe("brief --scenario", () => {
  it("folds the same ticket-level decision on many tickets into one line", async () => {
    const example = JSON.parse(
      readFileSync(new URL("../src/scenario/example-scenario.json", import.meta.url), "utf8"),
    );
    for (let i = 1; i <= 5; i++) {
      example.tickets.push({
        id: `4900${i}`,
        subject: `Feature flags stuck for project ${i}`,
        createdAt: "2026-06-03T15:50:00Z",
        status: "pending",
        tags: [],
      });
    }
    const cwd = workspace({ "many.json": example });
    const { stdout } = await runCli(["brief", "--scenario", "many.json"], { cwd });
    expect(stdout).toContain(
      "• attach on 7 tickets (#48190, #48221, #49001 and 4 more), e.g. Attach ticket 48190 to INC-2417",
    );
    expect(stdout.match(/Attach ticket \d+ to INC-2417/g)).toHaveLength(1);
  });

  it("names the file on the first line and uses the scenario's clock", async () => {
    const example = JSON.parse(
      readFileSync(new URL("../src/scenario/example-scenario.json", import.meta.url), "utf8"),
    );
    const cwd = workspace({ "mine.json": { ...example, description: "Replay of last night" } });
    const { code, stdout } = await runCli(["brief", "--scenario", "mine.json"], { cwd });
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(
      "Scenario mine.json (Replay of last night), at Wed 03 Jun 16:05 UTC.",
    );
  });

  it("rejects an invalid scenario naming each bad field, exit 2", async () => {
    const cwd = workspace();
    writeFileSync(
      join(cwd, "bad.json"),
      JSON.stringify({ incident: { severity: "huge" }, tickets: [], team: [] }),
    );
    const { code, stderr } = await runCli(["brief", "--scenario", "bad.json"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain("bad.json is not a valid scenario");
    expect(stderr).toContain("→ at incident.severity");
    expect(stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
  });

  it("refuses a reference and --scenario together", async () => {
    const { code, stderr } = await runCli(["brief", "INC-1", "--scenario", "x.json"], { env: ENV });
    expect(code).toBe(2);
    expect(stderr).toContain("either an incident reference or --scenario");
  });
});
