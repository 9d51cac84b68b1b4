import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeState, FakeVendors } from "./support/fake-vendors.js";
import { runCli } from "./support/run-cli.js";
import { serveWithNock } from "./support/serve-with-nock.js";
import { workspace } from "./support/workspace.js";
import { CONFIG, ENV, world } from "./support/world.js";

afterEach(() => nock.cleanAll());

/** Vendor data the documents allow (plain strings, any integer) but the policy cannot use. */
function oddWorld(): FakeState {
  const state = world({ macro: "draft" });
  state.incident.postmortem_document_url = "docs/INC-2417 post-mortem";
  const byId = (id: number) => state.tickets.find((t) => t.id === id) ?? {};
  Object.assign(byId(48213), { created_at: "yesterday afternoon", organization_id: -9001 });
  Object.assign(byId(48230), { status: "escalated" });
  state.tickets.push({ id: -5, subject: "No id", status: "open", tags: ["incident/2417"] });
  return state;
}

/** Runs against fakes without the contract check, for data the vendor documents would reject. */
function uncheckedSetup(state: FakeState) {
  const fake = new FakeVendors(state);
  serveWithNock(fake);
  const cwd = workspace({ "support-watcher.config.json": CONFIG });
  return (argv: string[]) => runCli(argv, { env: ENV, cwd });
}

describe("adapters are tolerant and say so", () => {
  it("drops or defaults each unusable value, goes on, and lists it under Data problems", async () => {
    const { code, stdout, stderr } = await uncheckedSetup(oddWorld())(["brief", "INC-2417"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf("Data problems (5)"));
    expect(section).toContain(
      'incident.io incident INC-2417 postmortem_document_url "docs/INC-2417 post-mortem": dropped: not an absolute URL',
    );
    expect(section).toContain(
      'Zendesk ticket 48213 created_at "yesterday afternoon": used updated_at instead',
    );
    expect(section).toContain("Zendesk ticket 48213 organization_id -9001: dropped");
    expect(section).toContain('Zendesk ticket 48230 status "escalated": used "open"');
    expect(section).toContain("Zendesk ticket unknown id -5: dropped the ticket");
    // The rest of the briefing is still there.
    expect(stdout).toContain("✖ BLOCKING Do not use the macro for INC-2417 yet");
  });

  it("lists them in --json as dataProblems, values as received", async () => {
    const { code, stdout } = await uncheckedSetup(oddWorld())(["brief", "INC-2417", "--json"]);
    expect(code).toBe(0);
    const { dataProblems, tickets } = JSON.parse(stdout);
    expect(dataProblems).toContainEqual({
      vendor: "Zendesk",
      object: "ticket",
      id: "48213",
      field: "organization_id",
      value: -9001,
      action: "dropped: the ticket is shown without its organization",
    });
    expect(dataProblems.map((p: { field: string }) => p.field).sort()).toEqual([
      "created_at",
      "id",
      "organization_id",
      "postmortem_document_url",
      "status",
    ]);
    expect(Object.keys(tickets)).not.toContain("-5");
  });

  it("reads a severity the config does not map as major, says so, and goes on", async () => {
    const state = world({ macro: "draft" });
    state.incident.severity = { ...state.incident.severity, name: "SEV1" } as never;
    const run = uncheckedSetup(state);
    const human = await run(["brief", "INC-2417"]);
    expect(human.code).toBe(0);
    expect(`${human.stdout}${human.stderr}`).toContain(
      'incident.io severity "SEV1" has no mapping in incidentIo.severities; it is read as major until the config maps it',
    );
    expect(human.stdout).toContain(
      'incident.io incident INC-2417 severity.name "SEV1": used major, the stricter reading, until incidentIo.severities maps it',
    );
    const { code, stdout } = await run(["brief", "INC-2417", "--json"]);
    expect(code).toBe(0);
    const { dataProblems, decisions } = JSON.parse(stdout);
    expect(dataProblems).toContainEqual({
      vendor: "incident.io",
      object: "incident",
      id: "INC-2417",
      field: "severity.name",
      value: "SEV1",
      action: "used major, the stricter reading, until incidentIo.severities maps it",
    });
    // Major: the draft macro waits for the Comms Lead's review before use.
    expect(decisions.map((d: { action: string }) => d.action)).toContain("comms_review_before_use");
  });

  it("stops with exit 3 naming vendor, call and object when the declaration time is unusable", async () => {
    const state = world();
    state.incident.created_at = "last Tuesday";
    const run = uncheckedSetup(state);
    const { code, stderr } = await run(["brief", "INC-2417"]);
    expect(code).toBe(3);
    expect(stderr).toBe(
      'support-watcher: incident.io GET /v2/incidents/{id} sent unusable data for incident INC-2417: created_at is unusable ("last Tuesday"): the declaration time must be an ISO-8601 timestamp with an offset, e.g. 2026-03-08T09:30:00-08:00, and every deadline counts from it\n',
    );
  });

  it("says so when a well-formed declaration time is outside the years the policy reads", async () => {
    const ancient = world();
    ancient.incident.created_at = "1896-01-29T01:33:36.0Z";
    const old = await uncheckedSetup(ancient)(["brief", "INC-2417"]);
    expect(old.code).toBe(3);
    expect(old.stderr).toContain(
      'created_at is unusable ("1896-01-29T01:33:36.0Z"): the declaration time must be in a year from 1970 to 9999, and every deadline counts from it',
    );
  });

  it("stops with exit 3 on a status category the policy does not know", async () => {
    const state = world();
    (state.incident.incident_status as { category: string }).category = "exploded";
    const run = uncheckedSetup(state);
    const { code, stderr } = await run(["sweep", "INC-2417"]);
    expect(code).toBe(3);
    expect(stderr).toContain(
      'incident.io GET /v2/incidents/{id} sent unusable data for incident INC-2417: incident_status.category is unusable ("exploded")',
    );
  });
});
