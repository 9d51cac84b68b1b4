// Tagged is not attached: the macro adds the incident tag itself, so from live data the
// incident's attachments in incident.io decide, and the tag counts only when they are not known.
import { describe, expect, it } from "vitest";
import { exampleScenario } from "../src/scenario/load.js";
import type { Attachment, FakeVendors } from "./support/fake-vendors.js";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { runCli } from "./support/run-cli.js";
import { timeline } from "./support/timeline.js";
import { workspace } from "./support/workspace.js";
import { INCIDENT_ID, world } from "./support/world.js";

const live = verifyContractsAfterEach();
const setup = (...args: Parameters<typeof liveSetup>) => {
  live.current = liveSetup(...args);
  return live.current;
};

interface Evaluated {
  ticketStates: Array<{ ticketId: string; related: boolean; attached: boolean }>;
  tickets: Array<{ ticketId: string; decisions: Array<{ action: string; because: unknown[] }> }>;
  dataProblems: Array<Record<string, unknown>>;
}

const stateOf = (out: Evaluated, id: string) => out.ticketStates.find((s) => s.ticketId === id);
const actionsOf = (out: Evaluated, id: string) =>
  out.tickets.find((t) => t.ticketId === id)?.decisions.map((d) => d.action);

const zendeskAttachment = (externalId: string, n: number): Attachment => ({
  id: `01JXATTACH00000000000000${String(n).padStart(2, "0")}`,
  incident_id: INCIDENT_ID,
  resource: {
    external_id: externalId,
    resource_type: "zendesk_ticket",
    permalink: `https://acme.zendesk.com/agent/tickets/${externalId}`,
    title: "A ticket",
  },
});

const attachedTickets = (fake: FakeVendors) =>
  fake.attachments
    .filter((a) => a.resource.resource_type === "zendesk_ticket")
    .map((a) => a.resource.external_id)
    .sort();

// In the world, 48213 is attached in incident.io; 48230 carries incident/2417 (the macro's tag)
// but is not attached.
describe("a tagged ticket that incident.io does not list as attached", () => {
  it("brief asks to attach it: attached is false, not the tag", async () => {
    const { run } = setup(world());
    const json = await run(["brief", "INC-2417", "--json"]);
    expect(json.code).toBe(0);
    const out: Evaluated = JSON.parse(json.stdout);
    expect(stateOf(out, "48230")).toMatchObject({ related: true, attached: false });
    expect(stateOf(out, "48213")).toMatchObject({ related: true, attached: true });
    expect(actionsOf(out, "48230")).toEqual(["attach_ticket"]);
    expect(actionsOf(out, "48213")).not.toContain("attach_ticket");
    const decision = out.tickets
      .find((t) => t.ticketId === "48230")
      ?.decisions.find((d) => d.action === "attach_ticket");
    expect(decision?.because).toContainEqual({
      fact: "attached",
      operator: "equal",
      value: false,
      actual: false,
    });
    expect(out.dataProblems).toEqual([]);
    const text = await run(["brief", "INC-2417"]);
    expect(text.stdout).toContain(
      "Attach ticket 48230 to INC-2417 from the incident.io sidebar in Zendesk",
    );
  });

  it("counts the tag when an attachment could not be read, and lists that as a data problem", async () => {
    const state = world();
    state.attachments?.push(zendeskAttachment("ticket 48230", 9));
    const { run } = setup(state);
    const { code, stdout } = await run(["brief", "INC-2417", "--json"]);
    expect(code).toBe(0);
    const out: Evaluated = JSON.parse(stdout);
    // Not known to be unattached: the tag stands in, as the policy reads an absent value.
    expect(stateOf(out, "48230")).toMatchObject({ related: true, attached: true });
    expect(actionsOf(out, "48230")).not.toContain("attach_ticket");
    // Untagged and not listed: still not attached.
    expect(stateOf(out, "48221")).toMatchObject({ related: true, attached: false });
    expect(out.dataProblems).toEqual([
      expect.objectContaining({
        vendor: "incident.io",
        object: "incident attachment",
        id: "01JXATTACH0000000000000009",
        field: "resource.external_id",
      }),
      {
        vendor: "incident.io",
        object: "incident",
        id: "INC-2417",
        field: "incident_attachments",
        value: 3,
        action:
          "left attachedToIncident unset on tickets not listed: an attachment could not be read, so the incident tag counts as attached",
      },
    ]);
  });

  it("sweep attaches it without tagging it again, once; afterwards nothing asks for it", async () => {
    const { run, fake } = setup(world());
    const dry = await run(["sweep", "INC-2417", "--json"]);
    const { plan } = JSON.parse(dry.stdout);
    expect(plan.attach).toContain("48230");
    expect(plan.tagBatches.flat()).not.toContain("48230");

    const applied = await run(["sweep", "INC-2417", "--apply"]);
    expect(applied.code).toBe(0);
    expect(attachedTickets(fake)).toEqual(["48190", "48213", "48221", "48230"]);
    const posts = fake.requests.filter(
      (r) => r.method === "POST" && r.operation === "/v1/incident_attachments",
    );
    expect(
      posts.filter(
        (r) => (r.body as { resource: { external_id: string } }).resource.external_id === "48230",
      ),
    ).toHaveLength(1);

    const writes = fake.writes().length;
    const again = await run(["sweep", "INC-2417", "--apply"]);
    expect(again.stdout).toContain("Nothing to write");
    expect(fake.writes()).toHaveLength(writes);
    const after: Evaluated = JSON.parse((await run(["brief", "INC-2417", "--json"])).stdout);
    expect(stateOf(after, "48230")).toMatchObject({ attached: true });
    expect(actionsOf(after, "48230")).toEqual([]);
  });

  it("watch shows the attachment it asks for, and clears it once incident.io lists the ticket", async () => {
    const { fake, run } = setup(world({ macro: "active" }));
    const t = timeline(fake, [
      (f) => {
        f.attachments.push(zendeskAttachment("48230", 8));
        // Attaching from Zendesk's sidebar updates the ticket, which sends the watch back to
        // incident.io's attachments.
        const ticket = f.tickets.get(48230);
        if (ticket) Object.assign(ticket, { updated_at: "2026-06-03T16:05:30Z" });
      },
    ]);
    const { code, stdout } = await run(
      ["watch", "INC-2417", "--json", "--until", "2026-06-03T16:06:00Z"],
      { sleep: t.sleep, clock: t.clock },
    );
    expect(code).toBe(0);
    const events = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .filter((e) => e.ticketId === "48230" && e.decision?.action === "attach_ticket");
    expect(events.map((e) => [e.at, e.kind])).toEqual([
      ["2026-06-03T16:05:00.000Z", "appeared"],
      ["2026-06-03T16:06:00.000Z", "cleared"],
    ]);
  });
});

describe("the handover note's attached count", () => {
  const note = async (attachedToIncident: boolean | undefined) => {
    const scenario = exampleScenario();
    const ticket = scenario.tickets.find((t) => t.id === "48230");
    if (!ticket) throw new Error("the example has ticket 48230");
    if (attachedToIncident === undefined) delete ticket.attachedToIncident;
    else ticket.attachedToIncident = attachedToIncident;
    const cwd = workspace({ "s.json": scenario });
    const { stdout } = await runCli(["handover-note", "--scenario", "s.json", "--json"], { cwd });
    return JSON.parse(stdout).tickets;
  };

  it("is what the policy read: a tagged ticket counts only when attachment is not given", async () => {
    expect(await note(true)).toEqual({ related: 4, attached: 2, waiting: 3 });
    expect(await note(false)).toEqual({ related: 4, attached: 1, waiting: 3 });
    expect(await note(undefined)).toEqual({ related: 4, attached: 2, waiting: 3 });
  });
});
