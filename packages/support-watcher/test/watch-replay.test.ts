import { describe, expect, it, vi } from "vitest";
import { exampleSequence } from "../src/scenario/example-sequence.js";
import { exampleScenario } from "../src/scenario/load.js";
import type { Scenario } from "../src/scenario/schema.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";

type Edit = (s: Scenario) => void;
const step = (now: string, ...edits: Edit[]): Scenario => {
  const s = exampleScenario();
  s.now = now;
  for (const edit of edits) edit(s);
  return s;
};

// Three polls of the bundled incident: as it stands, after the team is told about the macro and
// a ticket is attached, then after the impact drops back to minor.
const steps = [
  step("2026-06-03T16:05:00Z"),
  step("2026-06-03T16:10:00Z", (s) => {
    if (s.incident.macro) s.incident.macro.announcedToTeamAt = "2026-06-03T16:08:00Z";
    const t = s.tickets.find((x) => x.id === "48221");
    if (t) t.attachedToIncident = true;
  }),
  step("2026-06-03T16:20:00Z", (s) => {
    if (s.incident.macro) s.incident.macro.announcedToTeamAt = "2026-06-03T16:08:00Z";
    const t = s.tickets.find((x) => x.id === "48221");
    if (t) t.attachedToIncident = true;
    s.incident.severity = "minor";
  }),
];

const files = () => {
  const cwd = workspace(Object.fromEntries(steps.map((s, i) => [`s${i + 1}.json`, s])));
  return { cwd, argv: ["watch", "--replay", "s1.json", "s2.json", "s3.json"] };
};

const keysOf = async (cwd: string, file: string) => {
  const { stdout } = await runCli(["brief", "--scenario", file, "--json"], { cwd });
  const out = JSON.parse(stdout);
  return new Set(
    [
      ...out.decisions,
      ...out.tickets.flatMap((one: { decisions: unknown[] }) => one.decisions),
    ].map((d: { ruleId: string; ticketId?: string }) =>
      d.ticketId ? `${d.ruleId}#${d.ticketId}` : d.ruleId,
    ),
  );
};

describe("watch --replay", () => {
  it("prints as NDJSON exactly the decisions that appeared and cleared between steps", async () => {
    const { cwd, argv } = files();
    const { code, stdout, stderr } = await runCli([...argv, "--json"], { cwd });
    expect(code).toBe(0);
    expect(stderr).toContain("Replayed 3 polls.");
    const events = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const key = (e: { decision: { ruleId: string; ticketId?: string } }) =>
      e.decision.ticketId ? `${e.decision.ruleId}#${e.decision.ticketId}` : e.decision.ruleId;
    const sets = [
      await keysOf(cwd, "s1.json"),
      await keysOf(cwd, "s2.json"),
      await keysOf(cwd, "s3.json"),
    ];
    const ats = [
      "2026-06-03T16:05:00.000Z",
      "2026-06-03T16:10:00.000Z",
      "2026-06-03T16:20:00.000Z",
    ];
    for (const [i, at] of ats.entries()) {
      const mine = events.filter((e) => e.at === at);
      const previous = i === 0 ? new Set<string>() : (sets[i - 1] as Set<string>);
      const current = sets[i] as Set<string>;
      expect(new Set(mine.filter((e) => e.kind === "appeared").map(key))).toEqual(
        new Set([...current].filter((k) => !previous.has(k))),
      );
      expect(new Set(mine.filter((e) => e.kind === "cleared").map(key))).toEqual(
        new Set([...previous].filter((k) => !current.has(k))),
      );
    }
    const second = events.filter((e) => e.at === ats[1]);
    expect(second.map((e) => `${e.kind} ${e.decision ? key(e) : ""}`)).toEqual([
      "cleared announce-macro",
      "cleared attach-ticket#48221",
    ]);
    const third = events.filter((e) => e.at === ats[2]);
    expect(third[0]).toEqual({
      at: ats[2],
      kind: "status",
      field: "severity",
      from: "major",
      to: "minor",
    });
    for (const event of events) {
      expect(Object.keys(event).slice(0, 2)).toEqual(["at", "kind"]);
      expect(["appeared", "cleared", "due_soon", "ticket", "status"]).toContain(event.kind);
    }
  });

  it("prints the same changes as text, and the same bytes every time", async () => {
    const { cwd, argv } = files();
    const first = await runCli(argv, { cwd });
    const again = await runCli(argv, { cwd });
    expect(first.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe(first.stderr);
    const lines = first.stdout.split("\n");
    expect(lines[0]).toBe("Replaying 3 scenarios as successive polls: s1.json, s2.json, s3.json.");
    const at1610 = lines.slice(lines.findIndex((l) => l.startsWith("16:10 UTC")));
    expect(at1610.slice(0, 3)).toEqual([
      "16:10 UTC s2.json: Bundled example: a major incident in which feature flags in EU projects update slowly, seen from London late in the afternoon.",
      "  16:10 UTC ✓ done: Tell #team-support that the macro for INC-2417 exists so everyone replies with it. · announce-macro",
      "  16:10 UTC ✓ done: Attach ticket 48221 to INC-2417 from the incident.io sidebar in Zendesk; that also tags it incident/2417. · attach-ticket",
    ]);
    expect(first.stdout).toContain("  16:20 UTC Severity major → minor");
    expect(first.stdout).toContain(
      "  16:05 UTC ✖ BLOCKING Do not use the macro for INC-2417 yet: the Comms Lead (Sam Okafor) reviews it first. · comms-review-before-use",
    );
    expect(first.stderr).toContain("… 16:20 UTC poll 3/3 · INC-2417 active");
  });

  it("rings the bell on a terminal when a blocking decision appears, unless --quiet", async () => {
    const { cwd, argv } = files();
    const loud = await runCli(argv, { cwd, tty: true });
    expect(loud.stderr.split("\u0007")).toHaveLength(2);
    const quiet = await runCli([...argv, "--quiet"], { cwd, tty: true });
    expect(quiet.stderr).not.toContain("\u0007");
    const piped = await runCli(argv, { cwd });
    expect(piped.stderr + piped.stdout).not.toContain("\u0007");
  });

  it("stops at --until, refuses a scenario without its own clock and names bad files", async () => {
    const { cwd, argv } = files();
    const until = await runCli([...argv, "--until", "2026-06-03T16:10:00Z", "--json"], { cwd });
    expect(until.code).toBe(0);
    expect(until.stderr).toContain("Reached --until");
    expect(until.stdout).not.toContain("2026-06-03T16:20:00.000Z");
    const { now, ...clockless } = exampleScenario();
    const dir = workspace({ "c.json": clockless });
    const noClock = await runCli(["watch", "--replay", "c.json"], { cwd: dir });
    expect(noClock.code).toBe(2);
    expect(noClock.stderr).toContain(
      'c.json has no "now": a replayed scenario needs its own clock.',
    );
    const missing = await runCli(["watch", "--replay", "nope.json"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
    expect(now).toBeTruthy();
  });
});

describe("watch --example", () => {
  it("replays the bundled life of an incident with no credentials and no network", async () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    const { code, stdout, stderr } = await runCli(["watch", "--example"], { env: {} });
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(
      "Bundled example: INC-2417 from its declaration to its last step, 9 polls (not live data).",
    );
    for (const moment of [
      "14:40 UTC Declared: the workflow asks #team-support for a Support Watcher",
      "14:47 UTC ✓ done: INC-2417 needs a Support Watcher",
      "15:31 UTC ✓ done: Create a macro for INC-2417",
      "15:45 UTC + new related ticket #48213 (tag, keyword): Flags not updating after I toggle them",
      "15:50 UTC Severity minor → major",
      "16:21 UTC ⏰ due 16:30 UTC (in 9m) CS's time to answer runs out",
      "16:50 UTC ✓ done: Hand INC-2417 over to Lou Bennett",
      "18:10 UTC Status active → resolved",
      '18:40 UTC ✓ done: Check whether docs or help content need a fix after INC-2417, and ship it while it is fresh. · review-docs (acknowledged by Lou Bennett at 18:30 UTC ("no docs change needed"))',
    ])
      expect(stdout).toContain(moment);
    expect(stderr).toContain("… 18:40 UTC poll 9/9 · INC-2417 resolved · 0 open");
  });

  it("is a sequence of valid scenarios, each later than the one before", () => {
    const steps = exampleSequence();
    expect(steps.map((s) => s.incident.status).at(-1)).toBe("resolved");
    for (const [i, s] of steps.entries()) {
      if (i > 0)
        expect(Date.parse(s.now ?? "")).toBeGreaterThan(Date.parse(steps[i - 1]?.now ?? ""));
    }
  });
});

describe("watch output is safe to read", () => {
  it("escapes control characters from vendor text for people, and keeps them in NDJSON", async () => {
    const hostile = "\u001b[2J\u001b]0;pwned\u0007\u202eFlags slow";
    const first = step("2026-06-03T16:05:00Z", (s) => {
      s.tickets = s.tickets.filter((t) => t.id !== "48230");
    });
    const second = step("2026-06-03T16:10:00Z", (s) => {
      const t = s.tickets.find((x) => x.id === "48230");
      if (t) t.subject = `Feature flags slow ${hostile}`;
      s.incident.name = `Feature flag evaluation slow ${hostile}`;
    });
    const cwd = workspace({ "a.json": first, "b.json": second });
    const text = await runCli(["watch", "--replay", "a.json", "b.json"], { cwd, tty: true });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for what must not be there.
    const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the colour codes the CLI writes itself.
    const withoutColour = text.stdout.replaceAll(/\x1b\[[0-9;]*m/g, "");
    expect(withoutColour).not.toMatch(unsafe);
    expect(text.stdout).toContain("\\x1b[2J\\x1b]0;pwned\\x07\\u202eFlags slow");
    const json = await runCli(["watch", "--replay", "a.json", "b.json", "--json"], { cwd });
    const ticket = json.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .find((e) => e.kind === "ticket");
    expect(ticket.subject).toBe(`Feature flags slow ${hostile}`);
  });
});
