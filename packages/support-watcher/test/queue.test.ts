import { describe, expect, it } from "vitest";
import { exampleScenario } from "../src/scenario/load.js";
import type { Ticket } from "./support/fake-vendors.js";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";
import { world } from "./support/world.js";

const NOW = "2026-06-03T16:05:00Z";
const before = (minutes: number) =>
  new Date(Date.parse(NOW) - minutes * 60_000).toISOString().replace(".000Z", "Z");
const queued = (id: string, subject: string, minutes: number) => ({
  id,
  subject,
  createdAt: before(minutes),
  status: "open" as const,
  tags: [],
  awaitingReplySince: before(minutes),
});
const SSO = [
  queued("50001", "SAML sign-in broken for our team", 40),
  queued("50002", "Cannot log in with SSO", 12),
  queued("50003", "sso login error again", 3),
];

const live = verifyContractsAfterEach();

describe("brief --queue", () => {
  it("suggests raising an incident from a scenario's queue, leaving the live incident's tickets out", async () => {
    const base = exampleScenario();
    const scenario = { now: NOW, incident: base.incident, queue: [...base.tickets, ...SSO] };
    const cwd = workspace({ "q.json": scenario });
    const { code, stdout } = await runCli(["brief", "--queue", "--scenario", "q.json"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Queue: 1 group of tickets no live incident explains (1 live incident left out)",
    );
    expect(stdout).toMatch(
      /raise an incident\? 3 open tickets about .+ from 15:25 UTC to 16:02 UTC: #50001, #50002, #50003/,
    );
    const json = JSON.parse(
      (await runCli(["brief", "--queue", "--scenario", "q.json", "--json"], { cwd })).stdout,
    );
    expect(json.suggestions).toHaveLength(1);
    expect(json.suggestions[0]).toMatchObject({
      action: "raise_incident",
      owner: "support_team",
      blocking: false,
      details: {
        ticketIds: ["50001", "50002", "50003"],
        firstAt: "2026-06-03T15:25:00.000Z",
        lastAt: "2026-06-03T16:02:00.000Z",
      },
    });
    expect(json.liveIncidents).toEqual(["INC-2417"]);
    // Without the incident, its own tickets are no longer explained by it.
    const alone = workspace({ "q.json": { now: NOW, queue: SSO.slice(0, 2) } });
    const none = await runCli(["brief", "--queue", "--scenario", "q.json"], { cwd: alone });
    expect(none.stdout).toContain(
      "Queue: no group of open tickets suggests a new incident (0 live incidents left out).",
    );
    const check = await runCli(["brief", "--queue", "--scenario", "q.json", "--check"], { cwd });
    expect(check.code).toBe(1);
  });

  it("reads the live queue and the live incidents", async () => {
    const setup = liveSetup(world());
    live.current = setup;
    for (const [i, t] of SSO.entries()) {
      const ticket: Ticket = {
        id: Number(t.id),
        subject: t.subject,
        status: "open",
        tags: [],
        created_at: t.createdAt,
        updated_at: t.createdAt,
      };
      setup.fake.tickets.set(50001 + i, ticket);
    }
    const { code, stdout } = await setup.run(["brief", "--queue", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(
      out.suggestions.map((d: { details: { ticketIds: string[] } }) => d.details.ticketIds),
    ).toEqual([["50001", "50002", "50003"]]);
    expect(out.liveIncidents).toEqual(["INC-2417"]);
    expect(setup.fake.countByOperation()).toEqual({
      "incident.io GET /v2/incidents": 1,
      "Zendesk GET /api/v2/search/export": 1,
    });
    const query = setup.fake.requests
      .find((r) => r.operation === "/api/v2/search/export")
      ?.url.searchParams.get("query");
    expect(query).toBe("status<solved created>2026-06-03T15:05:00Z");
  });
});

describe("watch --queue", () => {
  it("says when a group appears and when it is no longer suggested", async () => {
    const cwd = workspace({
      "q1.json": { now: before(20), queue: SSO.slice(0, 1) },
      "q2.json": { now: NOW, queue: SSO },
      "q3.json": {
        now: "2026-06-03T16:10:00Z",
        queue: SSO,
        liveIncidents: [
          {
            ...exampleScenario().incident,
            id: "01JX4M7Q2R8T5V9W3Y6Z1A2B9Z",
            reference: "INC-2418",
            number: 2418,
            name: "SSO login fails",
            affectedComponents: [],
          },
        ],
      },
    });
    const { code, stdout } = await runCli(
      ["watch", "--queue", "--replay", "q1.json", "q2.json", "q3.json", "--json"],
      { cwd },
    );
    expect(code).toBe(0);
    const events = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(events.map((e) => `${e.at} ${e.kind} ${e.decision?.ruleId}`)).toEqual([
      "2026-06-03T16:05:00.000Z appeared raise-incident",
      "2026-06-03T16:10:00.000Z cleared raise-incident",
    ]);
    const text = await runCli(["watch", "--queue", "--replay", "q1.json", "q2.json", "q3.json"], {
      cwd,
    });
    expect(text.stdout).toContain("16:05 UTC raise an incident? 3 open tickets about");
    expect(text.stdout).toContain("16:10 UTC ✓ no longer suggested:");
    expect(text.stderr).toContain("queue: 1 suggestion");
  });
});
