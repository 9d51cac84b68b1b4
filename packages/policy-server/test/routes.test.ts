import {
  HANDBOOK_SECTIONS,
  lint,
  lintRules,
  matchTickets,
  policyRules,
  suggestIncidents,
} from "@support/policy";
import { describe, expect, it } from "vitest";
import { errorOf } from "./support/error-of.js";
import { readJson, SERVER_NOW, TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE } from "./support/world.js";

const auth = { authorization: `Bearer ${TOKEN}` };
const statusPageText = (EXAMPLE.incident.statusPage as { message: string }).message;

describe("POST /v1/lint", () => {
  it("answers exactly as lint(kind, text, context) does", async () => {
    const { post } = testServer();
    const context = { incident: EXAMPLE.incident, config: { jargon: ["flags service"] } };
    const response = await post("/v1/lint", { kind: "status_page", text: statusPageText, context });
    const expected = lint("status_page", statusPageText, context as never);
    expect(await response.text()).toBe(JSON.stringify(expected));
    expect(expected.map((finding) => finding.rule)).toContain("jargon");
  });

  it("applies the configured lint config unless the request overrides a key", async () => {
    const text = "Our flags service is slow. Everything else works. Next update in 30 minutes.";
    const { post } = testServer({ defaults: { config: { jargon: ["flags service"] } } });
    const configured = await (await post("/v1/lint", { kind: "status_page", text })).json();
    expect(configured).toEqual(
      lint("status_page", text, { config: { jargon: ["flags service"] } }),
    );
    const overridden = await (
      await post("/v1/lint", { kind: "status_page", text, context: { config: { jargon: [] } } })
    ).json();
    expect(overridden).toEqual(lint("status_page", text, { config: { jargon: [] } }));
    expect(configured).not.toEqual(overridden);
  });

  it("names a wrong kind, a missing text and a wrong context type", async () => {
    const { post } = testServer();
    const error = await errorOf(
      await post("/v1/lint", { kind: "tweet", context: { tags: "incident/1" } }),
      400,
      "invalid_input",
    );
    expect(error.issues?.map((issue) => issue.path)).toEqual(["kind", "text", "context.tags"]);
    expect(error.issues?.[0]?.message).toContain('"status_page"');
  });
});

describe("POST /v1/match", () => {
  it("answers exactly as matchTickets(incident, tickets, config) does", async () => {
    const { post } = testServer();
    const body = {
      incident: EXAMPLE.incident,
      tickets: EXAMPLE.tickets,
      config: { lookbackMinutes: 60 },
    };
    const response = await post("/v1/match", body);
    const expected = matchTickets(EXAMPLE.incident as never, EXAMPLE.tickets as never, {
      lookbackMinutes: 60,
    });
    expect(await response.text()).toBe(JSON.stringify(expected));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(EXAMPLE.tickets.length);
  });

  it("names the bad config key", async () => {
    const { post } = testServer();
    const body = { incident: EXAMPLE.incident, tickets: [], config: { lookbackMinutes: -1 } };
    const error = await errorOf(await post("/v1/match", body), 400, "invalid_input");
    expect(error.issues).toEqual([
      { path: "config.lookbackMinutes", message: "must be a whole number of minutes, 0 or more" },
    ]);
  });
});

describe("POST /v1/suggest-incidents", () => {
  // Four exports tickets in the last hour, which the live feature-flag incident does not explain.
  const minutesAgo = (minutes: number) =>
    new Date(Date.parse(SERVER_NOW) - minutes * 60_000).toISOString();
  const queue = [
    ...[5, 12, 20, 31].map((minutes, i) => ({
      id: String(70_001 + i),
      subject: [
        "CSV export never arrives",
        "Export to CSV is stuck",
        "CSV exports not delivered",
        "Our CSV export failed",
      ][i],
      createdAt: minutesAgo(minutes),
      status: "new",
      tags: [],
    })),
    ...EXAMPLE.tickets,
  ];

  it("answers as suggestIncidents does, with the server clock and the configured config", async () => {
    const { post, log } = testServer({ defaults: { config: { raiseIncidentMinTickets: 3 } } });
    const context = { liveIncidents: [EXAMPLE.incident] };
    const response = await post("/v1/suggest-incidents", { queue, context });
    const expected = await suggestIncidents(
      queue as never,
      {
        ...context,
        now: SERVER_NOW,
        config: { raiseIncidentMinTickets: 3 },
      } as never,
    );
    expect(await response.text()).toBe(JSON.stringify(expected));
    expect(expected.map((decision) => decision.action)).toEqual(["raise_incident"]);
    expect(expected[0]?.details).toMatchObject({ ticketIds: ["70004", "70003", "70002", "70001"] });
    expect(log()[0]).toMatchObject({
      route: "/v1/suggest-incidents",
      decisions: [{ action: "raise_incident", ruleId: expected[0]?.ruleId, blocking: false }],
    });
  });

  it("lets the request's now and config win", async () => {
    const { post } = testServer({ defaults: { config: { raiseIncidentMinTickets: 10 } } });
    const context = { now: minutesAgo(-1), config: { raiseIncidentMinTickets: 4 } };
    const response = await post("/v1/suggest-incidents", { queue, context });
    const body = await readJson<Array<{ action: string }>>(response);
    expect(body).toEqual(await suggestIncidents(queue as never, context as never));
    expect(body).toHaveLength(1);
  });

  it("names bad fields in the queue and context", async () => {
    const { post } = testServer();
    const error = await errorOf(
      await post("/v1/suggest-incidents", { queue: [{ id: "1" }], context: { now: "soon" } }),
      400,
      "invalid_input",
    );
    expect(error.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(["queue[0].subject", "context.now"]),
    );
    const keys = await errorOf(
      await post("/v1/suggest-incidents", { tickets: [] }),
      400,
      "invalid_input",
    );
    expect(keys.issues?.map((issue) => issue.path)).toEqual(["queue", "(body)"]);
  });
});

describe("GET /v1/rules", () => {
  it("lists every rule under its handbook section, and the lint rules", async () => {
    const { request } = testServer();
    const response = await request("/v1/rules", { headers: auth });
    const index = await readJson<{
      policyVersion: string;
      sections: Array<{
        heading: string;
        slug: string;
        implementedBy?: Array<{ duty: string; rules: string[] }>;
        rules: Array<{ id: string; handbook: string }>;
      }>;
      lintRules: unknown[];
    }>(response);
    expect(index.sections.map((section) => section.heading)).toEqual(
      HANDBOOK_SECTIONS.map((section) => section.heading),
    );
    const listed = index.sections.flatMap((section) => section.rules.map((rule) => rule.id));
    expect(listed.sort()).toEqual(policyRules.map((rule) => rule.id).sort());
    expect(index.lintRules).toHaveLength(lintRules.length);
    expect(index.policyVersion).toBe(response.headers.get("policy-version"));
    for (const section of index.sections) {
      for (const rule of section.rules) expect(rule.handbook).toBe(section.heading);
    }
    const role = index.sections.find((s) => s.slug === "your-role-during-an-incident");
    expect(role?.implementedBy?.length).toBeGreaterThan(0);
    const raising = index.sections.find((s) => s.slug === "raising-an-incident");
    expect(raising?.rules.map((rule) => rule.id)).toContain("raise-incident");
  });
});

describe("GET /health and /ready", () => {
  it("answers health with ok and readiness with the policy version", async () => {
    const { request } = testServer();
    expect(await (await request("/health")).json()).toEqual({ status: "ok" });
    const ready = await (await request("/ready")).json();
    expect(ready).toEqual({ status: "ready", policyVersion: expect.stringMatching(/\+rules\./) });
    const head = await request("/health", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});

describe("GET /metrics", () => {
  it("counts requests and latency per route and decisions by action, in Prometheus text", async () => {
    const { request, post } = testServer();
    await request("/health");
    await request("/health");
    const evaluated = await readJson<{ decisions: Array<{ action: string; blocking: boolean }> }>(
      await post("/v1/evaluate", {
        incident: EXAMPLE.incident,
        context: { now: EXAMPLE.now, team: EXAMPLE.team },
      }),
    );
    await request("/no-such-path");
    const response = await request("/metrics", { headers: auth });
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await response.text();
    expect(text).toContain(
      'policy_server_requests_total{route="/health",method="GET",status="200"} 2',
    );
    expect(text).toContain(
      'policy_server_requests_total{route="/v1/evaluate",method="POST",status="200"} 1',
    );
    expect(text).toContain(
      'policy_server_requests_total{route="unmatched",method="GET",status="404"} 1',
    );
    expect(text).toContain(
      'policy_server_request_duration_seconds_count{route="/v1/evaluate",method="POST"} 1',
    );
    expect(text).toMatch(
      /policy_server_request_duration_seconds_bucket\{le="0\.0005",route="\/health",method="GET"\} \d/,
    );
    const first = evaluated.decisions.find((d) => d.blocking);
    if (!first) throw new Error("the example has a blocking decision");
    expect(text).toContain(
      `policy_server_decisions_total{route="/v1/evaluate",action="${first.action}",blocking="true"} 1`,
    );
    expect(text).toContain("policy_server_in_flight_requests 1");
  });

  it("includes the process's memory and event loop when process metrics are on", async () => {
    const { request } = testServer({ processMetrics: true });
    const text = await (await request("/metrics", { headers: auth })).text();
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });
});
