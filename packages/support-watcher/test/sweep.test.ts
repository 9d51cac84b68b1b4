import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FakeVendors } from "./support/fake-vendors.js";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { bigIncident, CONFIG, INCIDENT_ID, world } from "./support/world.js";

const live = verifyContractsAfterEach();
const setup = (...args: Parameters<typeof liveSetup>) => {
  live.current = liveSetup(...args);
  return live.current;
};

const auditLines = (cwd: string) =>
  readFileSync(join(cwd, "support-watcher-audit.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

const attachedTickets = (fake: FakeVendors) =>
  fake.attachments
    .filter((a) => a.resource.resource_type === "zendesk_ticket")
    .map((a) => a.resource.external_id)
    .sort();

const tagsOf = (fake: FakeVendors, id: number) => fake.tickets.get(id)?.tags;

describe("sweep on a live incident", () => {
  it("plans without writing anything (dry run)", async () => {
    const { run, fake } = setup(world());
    const { code, stdout } = await run(["sweep", "INC-2417"]);
    expect(code).toBe(0);
    expect(stdout).toContain("dry run: nothing is written; add --apply");
    expect(stdout).toContain("Attach 3 tickets to INC-2417 in incident.io: #48190, #48221, #48230");
    expect(stdout).toContain("Tag 2 tickets incident/2417 (1 update_many batch): #48190, #48221");
    expect(stdout).toContain(
      'Create the macro "INC-2417: Feature flag evaluation slow for EU projects" from "Incident information", inactive',
    );
    expect(fake.writes()).toEqual([]);
  });

  it("applies the plan: attachments, tags through update_many and its job, a draft macro", async () => {
    const { run, fake, cwd } = setup(world());
    const { code, stdout, stderr } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Done: 3 attached, 2 tagged, 1 macro created.");
    expect(attachedTickets(fake)).toEqual(["48190", "48213", "48221", "48230"]);
    expect(tagsOf(fake, 48190)).toContain("incident/2417");
    expect(tagsOf(fake, 48221)).toContain("incident/2417");
    expect(tagsOf(fake, 48176)).toEqual(["cohorts"]);
    const macro = fake.macros.find((m) => m.title.startsWith("INC-2417"));
    expect(macro?.active).toBe(false);
    expect(macro?.actions).toContainEqual({
      field: "current_tags",
      value: "incident incident/2417",
    });
    expect(fake.countByOperation()).toMatchObject({
      "Zendesk PUT /api/v2/tickets/update_many": 1,
      "Zendesk GET /api/v2/job_statuses/{job_status_id}": 1,
      "incident.io POST /v1/incident_attachments": 3,
      "Zendesk POST /api/v2/macros": 1,
    });
    expect(stderr).toContain("… attached to INC-2417 3/3");
    const audit = auditLines(cwd);
    expect(audit).toHaveLength(6);
    expect(audit[0]).toEqual({
      time: "2026-06-03T16:05:00.000Z",
      incident: "INC-2417",
      action: "add_tag",
      target: "zendesk:ticket/48190",
      result: "ok",
      detail: { tag: "incident/2417", job: expect.any(String) },
    });
    expect(audit.map((e) => e.action).sort()).toEqual([
      "add_tag",
      "add_tag",
      "attach_ticket",
      "attach_ticket",
      "attach_ticket",
      "create_macro",
    ]);
  });

  it("runs sweep.tagConcurrency update_many jobs at once, in the fewest requests", async () => {
    const { run, fake } = setup(bigIncident(250), { ...CONFIG, sweep: { tagConcurrency: 3 } });
    fake.pollsPerJob = 2;
    const { code } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(fake.countByOperation()["Zendesk PUT /api/v2/tickets/update_many"]).toBe(3);
    expect(fake.mostJobsRunning).toBe(3);
    expect([...fake.tickets.values()].every((t) => t.tags?.includes("incident/2417"))).toBe(true);
  });

  it("does no writes on a second --apply", async () => {
    const { run, fake, cwd } = setup(world());
    await run(["sweep", "INC-2417", "--apply"]);
    const writesBefore = fake.writes().length;
    const { code, stdout } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Nothing to write: everything the decisions call for is already done.",
    );
    expect(fake.writes()).toHaveLength(writesBefore);
    expect(auditLines(cwd)).toHaveLength(6);
  });

  it("reports what was and was not done when a write fails, and a re-run finishes without duplicates", async () => {
    const { run, fake, cwd } = setup(world());
    fake.fail(
      (r) =>
        r.operation === "/v1/incident_attachments" &&
        r.method === "POST" &&
        (r.body as { resource: { external_id: string } }).resource.external_id === "48221",
      500,
    );
    const first = await run(["sweep", "INC-2417", "--apply"]);
    expect(first.code).toBe(3);
    expect(first.stdout).toContain("Done: 2 attached, 2 tagged, 1 macro created.");
    expect(first.stdout).toContain("Not done (1); run the sweep again to retry only these:");
    expect(first.stdout).toMatch(
      /✖ attach_ticket incident\.io:incident\/.+\/zendesk_ticket\/48221: incident\.io HTTP 500/,
    );
    expect(auditLines(cwd).filter((e) => e.result === "failed")).toHaveLength(1);

    const second = await run(["sweep", "INC-2417", "--apply"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Attach 1 ticket to INC-2417 in incident.io: #48221");
    expect(second.stdout).toContain("Done: 1 attached.");
    expect(attachedTickets(fake)).toEqual(["48190", "48213", "48221", "48230"]);
    expect(fake.macros.filter((m) => m.title.startsWith("INC-2417"))).toHaveLength(1);
    expect(fake.countByOperation()["Zendesk PUT /api/v2/tickets/update_many"]).toBe(1);
  });

  it("follows a job that is still working until it completes", async () => {
    const { run, fake } = setup(world());
    fake.pollsPerJob = 3;
    const { code } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(fake.countByOperation()["Zendesk GET /api/v2/job_statuses/{job_status_id}"]).toBe(3);
    expect(tagsOf(fake, 48190)).toContain("incident/2417");
  });

  it("prints the plan and the outcome as JSON", async () => {
    const { run } = setup(world());
    const { stdout } = await run(["sweep", "INC-2417", "--apply", "--json"]);
    const result = JSON.parse(stdout);
    expect(result.dryRun).toBe(false);
    expect(result.plan).toMatchObject({
      incident: { id: INCIDENT_ID, reference: "INC-2417", status: "active" },
      tag: "incident/2417",
      attach: ["48190", "48221", "48230"],
      tagBatches: [["48190", "48221"]],
      notify: [],
      deleteMacro: null,
      cannot: [],
    });
    expect(result.outcome.failed).toEqual([]);
    expect(result.outcome.done).toHaveLength(6);
  });

  it("cannot draft a macro without the template, and says so", async () => {
    const state = world();
    state.macros = [];
    const { run, fake } = setup(state);
    const { code, stdout } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Cannot: Create the macro: there is no Zendesk macro titled "Incident information"',
    );
    expect(fake.macros).toEqual([]);
  });
});

describe("sweep after resolution", () => {
  it("notifies every tagged or attached ticket once, with the marker, and deletes the macro", async () => {
    const { run, fake } = setup(world({ resolved: true, macro: "active" }));
    const dry = await run(["sweep", "INC-2417"]);
    expect(dry.stdout).toContain(
      "Post the resolution notice to 4 tickets: #48190, #48213, #48221, #48230",
    );
    expect(dry.stdout).toContain(
      'Delete the macro "INC-2417: Feature flags slow to update" (#36002418)',
    );

    const { code, stdout } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Done: 3 attached, 4 notified, 1 macro deleted.");
    for (const id of [48190, 48213, 48221, 48230]) {
      expect(fake.comments.get(id)).toHaveLength(1);
      expect(fake.comments.get(id)?.[0]).toContain(
        "https://status.example.com/incidents/kx3v9p2mq1wd",
      );
      expect(tagsOf(fake, id)).toEqual(
        expect.arrayContaining(["incident/2417", "incident/2417/notified"]),
      );
    }
    expect(fake.comments.has(48176)).toBe(false);
    expect(fake.macros.map((m) => m.title)).toEqual(["Incident information"]);
    // The notice carries the tag itself, so no separate tagging job is needed.
    expect(fake.countByOperation()["Zendesk PUT /api/v2/tickets/update_many"]).toBeUndefined();

    const writes = fake.writes().length;
    const again = await run(["sweep", "INC-2417", "--apply"]);
    expect(again.stdout).toContain("Nothing to write");
    expect(fake.writes()).toHaveLength(writes);
  });

  it("attaches with one request per ticket, and counts a ticket attached meanwhile as done", async () => {
    const { run, fake, cwd } = setup(world());
    // Someone attaches 48221 between the sweep's read and its create: incident.io refuses it.
    fake.fail(
      (r) =>
        r.method === "POST" &&
        r.operation === "/v1/incident_attachments" &&
        (r.body as { resource?: { external_id?: string } }).resource?.external_id === "48221",
      422,
      { afterWork: true },
    );
    const { code } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(attachedTickets(fake)).toEqual(["48190", "48213", "48221", "48230"]);
    const lookups = fake.requests.filter(
      (r) => r.method === "GET" && r.operation === "/v1/incident_attachments",
    );
    // The list read at the start, then one look-up for the refused create only.
    expect(lookups.map((r) => r.url.searchParams.get("external_id"))).toEqual([null, "48221"]);
    expect(fake.countByOperation()["incident.io POST /v1/incident_attachments"]).toBe(3);
    const entry = auditLines(cwd).find((e) => e.target.endsWith("/zendesk_ticket/48221"));
    expect(entry).toMatchObject({ action: "attach_ticket", result: "already_done" });
  });

  it("never posts a notice twice when the ticket changed under it (safe update conflict)", async () => {
    const { run, fake } = setup(world({ resolved: true }));
    // Someone else updates ticket 48213 after the sweep read it: its first update is refused.
    fake.fail(
      (r) =>
        r.method === "PUT" &&
        r.operation === "/api/v2/tickets/{ticket_id}" &&
        r.url.pathname.endsWith("/48213"),
      409,
    );
    const { code } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(fake.comments.get(48213)).toHaveLength(1);
    expect(
      fake.requests.filter((r) => r.method === "GET" && r.url.pathname.endsWith("/tickets/48213")),
    ).toHaveLength(1);
  });

  it("never posts a notice twice when a retried update had already gone through", async () => {
    const { run, fake, cwd } = setup(world({ resolved: true }));
    // The vendor posts the notice but the answer is lost; the client retries the PUT.
    fake.fail((r) => r.method === "PUT" && r.url.pathname.endsWith("/tickets/48221"), 500, {
      afterWork: true,
    });
    const { code } = await run(["sweep", "INC-2417", "--apply"]);
    expect(code).toBe(0);
    expect(fake.comments.get(48221)).toHaveLength(1);
    const entry = auditLines(cwd).find((e) => e.target === "zendesk:ticket/48221");
    expect(entry).toMatchObject({ action: "post_resolution_notice", result: "already_done" });
  });
});

describe("sweep without credentials, and asking before writing", () => {
  it("plans against the bundled example or a saved scenario, and never writes", async () => {
    const { runCli } = await import("./support/run-cli.js");
    const example = await runCli(["sweep", "--example"], { env: {} });
    expect(example.code).toBe(0);
    expect(example.stdout).toContain(
      "Sweep for INC-2417 (active): 4 related tickets, planned from saved data: nothing is written",
    );
    expect(example.stdout).toContain("Attach 2 tickets to INC-2417 in incident.io: #48190, #48221");
    const { exampleScenario } = await import("../src/scenario/load.js");
    const scenario = exampleScenario();
    delete scenario.incident.macro;
    const { workspace } = await import("./support/workspace.js");
    const cwd = workspace({ "s.json": scenario });
    const json = await runCli(["sweep", "--scenario", "s.json", "--json"], { cwd, env: {} });
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.dryRun).toBe(true);
    expect(out.plan.createMacro).toEqual({
      title: "INC-2417: Feature flag evaluation slow for EU projects",
      template: { id: null, title: "Incident information" },
      tag: "incident/2417",
    });
    expect(out.source).toEqual({
      kind: "scenario",
      fetchedAt: null,
      incident: "INC-2417",
      file: "s.json",
    });
    const refused = await runCli(["sweep", "--scenario", "s.json", "--apply"], { cwd, env: {} });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "--apply writes to the live incident, and a scenario is saved data",
    );
  });

  it("on a terminal shows the plan and asks; no writes unless the answer is yes", async () => {
    const { run, fake } = setup(world());
    const questions: string[] = [];
    const no = await run(["sweep", "INC-2417", "--apply"], {
      tty: true,
      confirm: async (q) => {
        questions.push(q);
        return false;
      },
    });
    expect(no.code).toBe(1);
    expect(questions).toEqual(["Make these 6 writes to incident.io and Zendesk?"]);
    expect(no.stdout).toContain("Attach 3 tickets to INC-2417 in incident.io");
    expect(no.stderr).toContain("Nothing was written.");
    expect(fake.writes()).toEqual([]);
    const yes = await run(["sweep", "INC-2417", "--apply"], {
      tty: true,
      confirm: async () => true,
    });
    expect(yes.code).toBe(0);
    expect(yes.stdout.match(/Attach 3 tickets/g)).toHaveLength(1);
    expect(yes.stdout).toContain("Done: 3 attached, 2 tagged, 1 macro created.");
  });

  it("--yes skips the question", async () => {
    const { run, fake } = setup(world());
    const asked = await run(["sweep", "INC-2417", "--apply", "--yes"], {
      tty: true,
      confirm: async () => {
        throw new Error("asked despite --yes");
      },
    });
    expect(asked.code).toBe(0);
    expect(fake.writes().length).toBeGreaterThan(0);
    const again = await run(["sweep", "INC-2417", "--apply"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Nothing to write");
  });
});
