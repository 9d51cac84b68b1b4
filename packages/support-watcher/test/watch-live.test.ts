import { describe, expect, it } from "vitest";
import type { Ticket } from "./support/fake-vendors.js";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { iso, timeline } from "./support/timeline.js";
import { INCIDENT_ID, world } from "./support/world.js";

const live = verifyContractsAfterEach();
const setup = (...args: Parameters<typeof liveSetup>) => {
  live.current = liveSetup(...args);
  return live.current;
};

const newTicket = (id: number, subject: string, at: number): Ticket => ({
  id,
  subject,
  status: "new",
  tags: [],
  created_at: iso(at),
  updated_at: iso(at),
});

const events = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe("watch on a live incident", () => {
  it("reads only what changed: a new ticket, an idle poll, then the resolution", async () => {
    const { fake, run } = setup(world({ macro: "active" }));
    const t = timeline(fake, [
      (f, now) => {
        f.tickets.set(
          48300,
          newTicket(48300, "Feature flags are not updating in the EU", now - 20_000),
        );
      },
      () => {},
      (f) => {
        f.incident.incident_status = {
          ...f.incident.incident_status,
          id: "01JXSTATUS0000000000000002",
          name: "Post-incident",
          category: "learning",
          rank: 3,
        };
        (f.incident as { updated_at: string }).updated_at = "2026-06-03T16:07:30Z";
      },
    ]);
    const { code, stdout, stderr } = await run(
      ["watch", "INC-2417", "--json", "--until", "2026-06-03T16:08:00Z"],
      { sleep: t.sleep, clock: t.clock },
    );
    expect(code, stderr).toBe(0);
    const all = events(stdout);
    const at = (time: string) => all.filter((e) => e.at === time);
    expect(
      at("2026-06-03T16:05:00.000Z").filter((e) => e.kind === "appeared").length,
    ).toBeGreaterThan(5);
    const second = at("2026-06-03T16:06:00.000Z");
    expect(second).toContainEqual(
      expect.objectContaining({
        kind: "ticket",
        ticketId: "48300",
        subject: "Feature flags are not updating in the EU",
      }),
    );
    expect(second).toContainEqual(
      expect.objectContaining({
        kind: "appeared",
        ticketId: "48300",
        decision: expect.objectContaining({ ruleId: "attach-ticket" }),
      }),
    );
    expect(at("2026-06-03T16:07:00.000Z")).toEqual([]);
    expect(at("2026-06-03T16:08:00.000Z")[0]).toEqual({
      at: "2026-06-03T16:08:00.000Z",
      kind: "status",
      field: "status",
      from: "active",
      to: "resolved",
    });
    // The full first read, then: incident, tickets changed since, the macro by id, the status page.
    const [first, withTicket, idle, resolution] = [...t.perPoll, t.last()];
    expect(idle).toBe(4);
    expect(withTicket).toBe(4);
    // The resolution moved the incident: its updates and attachments are read again.
    expect(resolution).toBe(6);
    expect(first).toBeGreaterThan(idle as number);
    const searches = fake.requests
      .filter((r) => r.operation === "/api/v2/search/export")
      .map((r) => r.url.searchParams.get("query"));
    expect(searches.slice(2)).toEqual([
      "updated>2026-06-03T16:00:00Z",
      "updated>2026-06-03T16:01:00Z",
      "updated>2026-06-03T16:02:00Z",
    ]);
    expect(stderr).toContain("… 16:07 UTC poll 3 · INC-2417 active");
    expect(stderr).toContain("4 requests (changes only)");
    expect(stderr).toContain("Reached --until; the watch ends.");
  });

  it("measures an idle poll against a full brief", async () => {
    const { fake, run } = setup(world({ macro: "active" }));
    await run(["brief", "INC-2417"]);
    const brief = fake.requests.length;
    const t = timeline(fake, [() => {}]);
    await run(["watch", "INC-2417", "--json", "--until", "2026-06-03T16:06:00Z"], t);
    expect(t.perPoll[0]).toBe(brief);
    expect(t.last()).toBe(4);
    expect(brief).toBe(8);
  });

  it("re-reads everything every watch.fullReadEvery polls", async () => {
    const { fake, run } = setup(world({ macro: "active" }), {
      ...(await import("./support/world.js")).CONFIG,
      watch: { fullReadEvery: 2 },
    });
    const t = timeline(fake, [() => {}, () => {}]);
    const { stderr } = await run(["watch", "INC-2417", "--until", "2026-06-03T16:07:00Z"], t);
    expect([...t.perPoll, t.last()]).toEqual([8, 4, 8]);
    expect(stderr).toContain("8 requests (full read)");
  });

  it("reports a vendor fault, backs off and goes on", async () => {
    const { fake, run } = setup(world({ macro: "active" }));
    const waits: number[] = [];
    const t = timeline(fake, [
      (f) => f.fail((r) => r.operation === "/v2/incidents/{id}", 503, { times: 4 }),
    ]);
    const sleep = async (ms: number) => {
      if (ms >= 30_000) waits.push(ms);
      await t.sleep(ms);
    };
    const { code, stderr } = await run(
      ["watch", "INC-2417", "--json", "--until", "2026-06-03T16:09:00Z"],
      { sleep, clock: t.clock },
    );
    expect(code).toBe(0);
    expect(stderr).toContain("! support-watcher: incident.io GET /v2/incidents/");
    expect(stderr).toContain("failed (HTTP 503)");
    expect(stderr).toContain("The watch goes on; next try in 2 min.");
    expect(waits.slice(0, 2)).toEqual([60_000, 120_000]);
  });

  it("ends on the first vendor fault with --fail-fast (exit 3)", async () => {
    const failing = setup(world({ macro: "active" }));
    const t2 = timeline(failing.fake, [
      (f) => f.fail((r) => r.operation === "/v2/incidents/{id}", 503, { times: 4 }),
    ]);
    const fast = await failing.run(["watch", "INC-2417", "--fail-fast"], t2);
    expect(fast.code).toBe(3);
    expect(fast.stderr).toContain("failed (HTTP 503)");
  });

  it("stops cleanly on Ctrl-C with exit 130", async () => {
    const { fake, run } = setup(world({ macro: "active" }));
    const controller = new AbortController();
    const t = timeline(fake, [() => controller.abort()]);
    const sleep = async (ms: number, signal?: AbortSignal) => {
      await t.sleep(ms);
      if (signal?.aborted) throw signal.reason;
    };
    const { code, stderr, stdout } = await run(["watch", "INC-2417"], {
      sleep,
      clock: t.clock,
      interrupt: controller.signal,
    });
    expect(code).toBe(130);
    expect(stderr).toContain("Stopped (Ctrl-C) after 1 poll.");
    expect(stdout).toContain(
      "Watching INC-2417 (live data from incident.io, Zendesk and Statuspage) every 60 s",
    );
  });

  it("ends on its own once the incident is resolved and nothing is left to do", async () => {
    const { fake, run } = setup(world({ resolved: true }));
    for (const ticket of fake.tickets.values()) {
      ticket.tags = [...(ticket.tags as string[]), "incident/2417", "incident/2417/notified"];
      ticket.status = "solved";
      // Attached in incident.io too: the tag alone would still ask for the attachment.
      if (!fake.attachments.some((a) => a.resource.external_id === String(ticket.id))) {
        fake.attachments.push({
          id: `01JXATTACH${String(ticket.id).padStart(16, "0")}`,
          incident_id: INCIDENT_ID,
          resource: {
            external_id: String(ticket.id),
            resource_type: "zendesk_ticket",
            permalink: `https://acme.zendesk.com/agent/tickets/${ticket.id}`,
            title: String(ticket.subject),
          },
        });
      }
    }
    const cwd = live.current?.cwd as string;
    const env = { XDG_STATE_HOME: `${cwd}/state`, USER: "lou" };
    const steps = ["update-team", "review-docs"];
    for (const rule of steps) {
      // The world's incident was resolved at 17:20.
      const done = await run(["done", rule, "INC-2417", "--now", "2026-06-03T17:30:00Z"], {
        env: { ...(await import("./support/world.js")).ENV, ...env },
      });
      expect(done.code, done.stderr).toBe(0);
    }
    const t = timeline(fake, [], Date.parse("2026-06-03T17:35:00Z"));
    const { code, stderr, stdout } = await run(["watch", "INC-2417", "--json"], {
      ...t,
      env: { ...(await import("./support/world.js")).ENV, ...env },
    });
    expect(code, stdout).toBe(0);
    expect(stderr).toContain(
      "INC-2417 is resolved and nothing is left to do after it; the watch ends.",
    );
  });

  it("refuses an interval faster than the vendors allow, and watching without credentials", async () => {
    const { run } = setup(world());
    const fast = await run(["watch", "INC-2417", "--interval", "10"]);
    expect(fast.code).toBe(2);
    expect(fast.stderr).toContain("--interval must be a number of seconds from 30 to 3600");
    const { runCli } = await import("./support/run-cli.js");
    const none = await runCli(["watch"], { env: {} });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("try watch --example");
  });
});
