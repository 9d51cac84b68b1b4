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

  it("stops with exit 3 naming vendor, call and object when the declaration time is unusable", async () => {
    const state = world();
    state.incident.created_at = "last Tuesday";
    const run = uncheckedSetup(state);
    const { code, stderr } = await run(["brief", "INC-2417"]);
    expect(code).toBe(3);
    expect(stderr).toBe(
      'support-watcher: incident.io GET /v2/incidents/{id} sent unusable data for incident INC-2417: created_at is unusable ("last Tuesday"): the declaration time is not an ISO-8601 timestamp, and every deadline counts from it\n',
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
