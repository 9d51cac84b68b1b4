import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { policyRules } from "@support/policy";
import { describe, expect, it } from "vitest";
import { LocalAckStore } from "../src/acks/local-store.js";
import { ACKNOWLEDGEABLE, NOT_ACKNOWLEDGEABLE } from "../src/acks/mapping.js";
import { mergeAcks } from "../src/acks/merge.js";
import { exampleScenario, snapshotOf } from "../src/scenario/load.js";
import type { Scenario } from "../src/scenario/schema.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";

type Edit = (scenario: Scenario) => void;

/** The bundled example with edits, saved as a scenario file; a fresh state directory beside it. */
function setup(...edits: Edit[]) {
  const scenario = exampleScenario();
  for (const edit of edits) edit(scenario);
  const cwd = workspace({ "s.json": scenario });
  const env = { XDG_STATE_HOME: join(cwd, "state"), USER: "priya" };
  const run = (argv: string[]) => runCli(argv, { cwd, env });
  const decisions = async () => {
    const { stdout, code } = await run(["brief", "--scenario", "s.json", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const all = [
      ...out.decisions,
      ...out.tickets.flatMap((one: { decisions: unknown[] }) => one.decisions),
    ] as Array<{
      ruleId: string;
      ticketId?: string;
      due?: string;
    }>;
    return {
      out,
      ids: all.map((d) => (d.ticketId ? `${d.ruleId} #${d.ticketId}` : d.ruleId)),
      all,
    };
  };
  return { cwd, env, run, decisions };
}

const minor: Edit = (s) => {
  s.incident.severity = "minor";
};
const resolved: Edit = (s) => {
  s.incident.status = "resolved";
  s.incident.resolvedAt = "2026-06-03T15:55:00Z";
};

describe("done and undo", () => {
  it("acknowledgements survive a restart and change the next briefing", async () => {
    const { run, decisions, cwd, env } = setup();
    expect((await decisions()).ids).toContain("announce-macro");
    const done = await run([
      "done",
      "announce-macro",
      "INC-2417",
      "--note",
      "posted in the thread",
      "--now",
      "2026-06-03T16:01:00Z",
    ]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(
      "Acknowledged announce-macro for INC-2417 by priya at Wed 03 Jun 16:01 UTC: the team channel was told the macro exists.",
    );
    expect(done.stdout).toContain("Sets macro.announcedToTeamAt");
    // A new store over the same directory (a restart) reads what the command wrote.
    const stored = await new LocalAckStore(join(env.XDG_STATE_HOME, "support-watcher")).list(
      "INC-2417",
    );
    expect(stored).toEqual([
      {
        ruleId: "announce-macro",
        at: "2026-06-03T16:01:00.000Z",
        by: "priya",
        note: "posted in the thread",
      },
    ]);
    const after = await decisions();
    expect(after.ids).not.toContain("announce-macro");
    expect(after.out.acknowledgements).toEqual([
      { ...stored[0], field: "macro.announcedToTeamAt", applied: true },
    ]);
    const text = await run(["brief", "--scenario", "s.json"]);
    expect(text.stdout).toContain(
      '✓ announce-macro: the team channel was told the macro exists, acknowledged by priya at 16:01 UTC ("posted in the thread")',
    );
    expect(readdirSync(join(env.XDG_STATE_HOME, "support-watcher", "acks"))).toEqual([
      "INC-2417.json",
    ]);
    const undo = await run(["undo", "announce-macro", "2417"]);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toContain("Took back announce-macro of INC-2417");
    expect((await decisions()).ids).toContain("announce-macro");
    expect(cwd).toBeTruthy();
  });

  it("brief --save writes the acknowledgements into the scenario, which replays them without the store", async () => {
    const { run, cwd } = setup();
    await run(["done", "update-team", "INC-2417", "--now", "2026-06-03T16:00:00Z"]);
    const saved = await run(["brief", "--scenario", "s.json", "--save", "out.json"]);
    expect(saved.code).toBe(0);
    const file = JSON.parse(readFileSync(join(cwd, "out.json"), "utf8"));
    expect(file.acknowledgements).toEqual([
      { ruleId: "update-team", at: "2026-06-03T16:00:00.000Z", by: "priya" },
    ]);
    // The saved input is as read: the field comes from the acknowledgement, not baked in.
    expect(file.incident.lastTeamUpdateAt).toBe("2026-06-03T15:35:00Z");
    const elsewhere = { XDG_STATE_HOME: join(cwd, "other-state") };
    const replay = await runCli(["brief", "--scenario", "out.json", "--json"], {
      cwd,
      env: elsewhere,
    });
    const out = JSON.parse(replay.stdout);
    expect(out.decisions.map((d: { ruleId: string }) => d.ruleId)).not.toContain("update-team");
    expect(out.acknowledgements[0]).toMatchObject({ ruleId: "update-team", applied: true });
    expect(out.acknowledgementsFrom).toEqual([
      { store: "scenario", where: "the scenario file out.json", count: 1 },
      {
        store: "local_state",
        where: `the local state directory ${join(cwd, "other-state", "support-watcher", "acks")}`,
        count: 0,
      },
    ]);
    const text = await runCli(["brief", "--scenario", "out.json"], { cwd, env: elsewhere });
    expect(text.stdout).toContain("Acknowledged (1) from the scenario file out.json\n");
  });

  it("does not count an acknowledgement made after the time evaluated", async () => {
    const { run, decisions } = setup();
    await run(["done", "update-team", "INC-2417", "--now", "2026-06-03T16:30:00Z"]);
    const { ids, out } = await decisions();
    expect(ids).toContain("update-team");
    expect(out.acknowledgements[0]).toMatchObject({
      applied: false,
      reason: "made after the time evaluated",
    });
  });

  it("refuses rules that cannot be acknowledged, listing those that can", async () => {
    const { run } = setup();
    const attach = await run(["done", "attach-ticket", "INC-2417", "--ticket", "48190"]);
    expect(attach.code).toBe(2);
    expect(attach.stderr).toContain(
      "attach-ticket cannot be acknowledged: incident.io shows it (the attachment).",
    );
    expect(attach.stderr).toContain("These can: share-macro-with-comms, comms-review-before-use");
    expect(attach.stderr).toContain("check-with-cs (--ticket N)");
    const typo = await run(["done", "anounce-macro", "INC-2417"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('there is no rule "anounce-macro"; did you mean announce-macro?');
    const noTicket = await run(["done", "check-with-cs", "INC-2417"]);
    expect(noTicket.stderr).toContain("check-with-cs is about one ticket; name it with --ticket N");
    const extraTicket = await run(["done", "update-team", "INC-2417", "--ticket", "1"]);
    expect(extraTicket.stderr).toContain(
      "update-team is about the whole incident; leave out --ticket",
    );
    const answer = await run(["done", "update-team", "INC-2417", "--answer", "handle"]);
    expect(answer.stderr).toContain("--answer goes with check-with-cs only");
    const nothing = await run(["undo", "update-team", "INC-2417"]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain(
      "there is no acknowledgement of update-team for INC-2417 in the local state directory",
    );
    expect(nothing.stderr).toContain("; nothing is acknowledged for it");
    const noIncident = await runCli(["done", "update-team"], { env: { HOME: "/tmp", USER: "x" } });
    expect(noIncident.code).toBe(2);
    expect(noIncident.stderr).toContain("name the incident");
    const noHome = await runCli(["done", "update-team", "INC-1"], { env: { USER: "x" } });
    expect(noHome.stderr).toContain("set XDG_STATE_HOME or HOME");
  });

  it("has a reason for every rule it cannot acknowledge, and no rule in both lists", () => {
    const ackable = new Set(ACKNOWLEDGEABLE.map((e) => e.ruleId));
    for (const rule of policyRules) {
      expect(ackable.has(rule.id) !== rule.id in NOT_ACKNOWLEDGEABLE, rule.id).toBe(true);
      const entry = ACKNOWLEDGEABLE.find((e) => e.ruleId === rule.id);
      if (entry) expect(entry.level, rule.id).toBe(rule.level);
    }
  });

  it("reports a corrupt state file under the briefing and goes on; done refuses to overwrite it", async () => {
    const { run, env } = setup();
    await run(["done", "update-team", "INC-2417", "--now", "2026-06-03T16:00:00Z"]);
    const file = join(env.XDG_STATE_HOME, "support-watcher", "acks", "INC-2417.json");
    writeFileSync(file, "{ not json");
    const brief = await run(["brief", "--scenario", "s.json"]);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toContain("Acknowledgements were not read from the local state directory");
    expect(brief.stdout).toContain(": The acknowledgements file");
    expect(brief.stdout).toContain("Update #team-support on INC-2417");
    const json = JSON.parse((await run(["brief", "--scenario", "s.json", "--json"])).stdout);
    expect(json.acknowledgementsFrom).toEqual([
      {
        store: "local_state",
        where: `the local state directory ${join(env.XDG_STATE_HOME, "support-watcher", "acks")}`,
        count: 0,
        error: expect.stringContaining(`The acknowledgements file ${file} is not valid JSON`),
      },
    ]);
    const done = await run(["done", "announce-macro", "INC-2417"]);
    expect(done.code).toBe(2);
    expect(done.stderr).toContain("is not valid JSON; fix or delete it");
    expect(readFileSync(file, "utf8")).toBe("{ not json");
  });
});

describe("the local acknowledgements file", () => {
  const ackFor = (ticket: number) => ({
    ruleId: "check-with-cs",
    ticketId: String(ticket),
    at: "2026-06-03T15:00:00Z",
    by: "priya",
  });

  it("keeps every acknowledgement when many runs add theirs at once", async () => {
    const store = new LocalAckStore(join(workspace({}), "state"));
    const tickets = Array.from({ length: 20 }, (_, i) => 48_000 + i);
    await Promise.all(tickets.map((ticket) => store.add("INC-2417", ackFor(ticket))));
    const kept = await store.list("INC-2417");
    expect(kept.map((ack) => Number(ack.ticketId)).sort()).toEqual(tickets);
    // Removing at once as well: each removal sees the others' writes.
    await Promise.all(tickets.slice(0, 10).map((t) => store.remove("INC-2417", ackFor(t))));
    expect((await store.list("INC-2417")).map((ack) => Number(ack.ticketId)).sort()).toEqual(
      tickets.slice(10),
    );
    expect(readdirSync(store.directory)).toEqual(["INC-2417.json"]);
  });

  it("takes over a lock a run that died left behind", async () => {
    const store = new LocalAckStore(join(workspace({}), "state"));
    mkdirSync(store.directory, { recursive: true });
    const lock = `${store.fileFor("INC-2417")}.lock`;
    writeFileSync(lock, "");
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);
    await store.add("INC-2417", ackFor(48_190));
    expect(await store.list("INC-2417")).toEqual([ackFor(48_190)]);
    expect(existsSync(lock)).toBe(false);
  });
});

describe("each acknowledgement sets its policy input field", () => {
  const cases: Array<{
    ruleId: string;
    ticket?: string;
    extra?: string[];
    edits?: Edit[];
    gone: string[];
    appears?: string[];
    field: (s: ReturnType<typeof snapshotOf>) => unknown;
  }> = [
    {
      ruleId: "share-macro-with-comms",
      edits: [
        minor,
        (s) => {
          delete s.incident.macro?.sharedWithCommsAt;
        },
      ],
      gone: ["share-macro-with-comms"],
      field: (s) => s.incident.macro?.sharedWithCommsAt,
    },
    {
      ruleId: "comms-review-before-use",
      gone: ["comms-review-before-use"],
      field: (s) => s.incident.macro?.approvedByCommsAt,
    },
    {
      ruleId: "update-macro",
      edits: [
        minor,
        (s) => {
          if (s.incident.macro) s.incident.macro.updatedAt = "2026-06-03T15:50:00Z";
        },
      ],
      gone: ["update-macro"],
      field: (s) => s.incident.macro?.sharedWithCommsAt,
    },
    {
      ruleId: "announce-macro",
      gone: ["announce-macro"],
      field: (s) => s.incident.macro?.announcedToTeamAt,
    },
    { ruleId: "update-team", gone: ["update-team"], field: (s) => s.incident.lastTeamUpdateAt },
    {
      ruleId: "report-ticket-pattern",
      gone: ["report-ticket-pattern"],
      field: (s) => s.incident.ticketPatternReportedAt,
    },
    {
      ruleId: "handover",
      gone: ["handover"],
      field: (s) => s.incident.handoverNotes?.at(-1)?.at,
    },
    {
      ruleId: "proactive-outreach-gate",
      edits: [
        (s) => {
          s.incident.proactiveOutreach = { requestedAt: "2026-06-03T15:00:00Z" };
        },
      ],
      gone: ["proactive-outreach-gate"],
      appears: ["create-proactive-tickets"],
      field: (s) => s.incident.proactiveOutreach?.commsLeadConfirmedAt,
    },
    {
      ruleId: "review-docs",
      edits: [resolved],
      gone: ["review-docs"],
      field: (s) => s.incident.docsReviewedAt,
    },
    {
      ruleId: "postmortem-feedback",
      edits: [
        resolved,
        (s) => {
          s.incident.postMortem = { url: "https://docs.example.com/pm/2417" };
        },
      ],
      gone: ["postmortem-feedback"],
      field: (s) => s.incident.postMortem?.supportFeedbackAt,
    },
    {
      ruleId: "check-with-cs",
      ticket: "48213",
      extra: ["--answer", "handle"],
      gone: ["check-with-cs #48213"],
      appears: ["leave-to-cs #48213"],
      field: (s) => s.tickets.find((t) => t.id === "48213")?.csConsultation?.csWillHandle,
    },
    {
      ruleId: "leave-to-cs",
      ticket: "48213",
      gone: ["check-with-cs #48213"],
      appears: ["leave-to-cs #48213"],
      field: (s) => s.tickets.find((t) => t.id === "48213")?.csConsultation?.answeredAt,
    },
    {
      ruleId: "notify-resolved",
      ticket: "48230",
      edits: [resolved],
      gone: ["notify-resolved #48230"],
      field: (s) => s.tickets.find((t) => t.id === "48230")?.resolutionNoticeSentAt,
    },
  ];

  it("covers every acknowledgeable rule", () => {
    expect(cases.map((c) => c.ruleId).sort()).toEqual(ACKNOWLEDGEABLE.map((e) => e.ruleId).sort());
  });

  for (const c of cases) {
    it(`${c.ruleId}${c.ticket ? " --ticket" : ""}`, async () => {
      const { run, decisions } = setup(...(c.edits ?? []));
      const before = await decisions();
      for (const id of c.gone) expect(before.ids).toContain(id);
      for (const id of c.appears ?? []) expect(before.ids).not.toContain(id);
      const argv = ["done", c.ruleId, "INC-2417", "--now", "2026-06-03T16:00:00Z"];
      if (c.ticket) argv.push("--ticket", c.ticket);
      const done = await run([...argv, ...(c.extra ?? [])]);
      expect(done.code, done.stderr).toBe(0);
      const after = await decisions();
      for (const id of c.gone) expect(after.ids).not.toContain(id);
      for (const id of c.appears ?? []) expect(after.ids).toContain(id);
      expect(after.out.acknowledgements[0]).toMatchObject({ ruleId: c.ruleId, applied: true });
      // The same field, written by the pure merge.
      const scenario = exampleScenario();
      for (const edit of c.edits ?? []) edit(scenario);
      const { snapshot } = mergeAcks(snapshotOf(scenario, "2026-06-03T16:05:00Z"), [
        {
          ruleId: c.ruleId,
          ...(c.ticket && { ticketId: c.ticket }),
          at: "2026-06-03T16:00:00.000Z",
          by: "priya",
          ...(c.extra && { answer: "handle" as const }),
        },
      ]);
      const value = c.field(snapshot);
      expect(value === true || value === "2026-06-03T16:00:00.000Z").toBe(true);
    });
  }

  it("asking CS keeps the check blocking until the answer or the timeout", async () => {
    const { run, decisions } = setup((s) => {
      const ticket = s.tickets.find((t) => t.id === "48213");
      if (ticket) delete ticket.csConsultation;
    });
    await run([
      "done",
      "check-with-cs",
      "INC-2417",
      "--ticket",
      "48213",
      "--now",
      "2026-06-03T16:00:00Z",
    ]);
    const { all } = await decisions();
    const check = all.find((d) => d.ruleId === "check-with-cs");
    expect(check?.due).toBe("2026-06-03T16:30:00.000Z");
    await run([
      "done",
      "check-with-cs",
      "INC-2417",
      "--ticket",
      "48213",
      "--answer",
      "decline",
      "--now",
      "2026-06-03T16:04:00Z",
    ]);
    const declined = await decisions();
    expect(declined.ids).not.toContain("check-with-cs #48213");
    expect(declined.ids).not.toContain("leave-to-cs #48213");
  });

  it("does not apply a macro step made before the current macro existed", () => {
    const { acknowledgements, snapshot } = mergeAcks(
      snapshotOf(exampleScenario(), "2026-06-03T16:05:00Z"),
      [{ ruleId: "announce-macro", at: "2026-06-03T15:00:00Z", by: "priya" }],
    );
    expect(acknowledgements[0]).toMatchObject({
      applied: false,
      reason: "it was made before the current macro was created",
    });
    expect(snapshot.incident.macro?.announcedToTeamAt).toBeUndefined();
  });
});
