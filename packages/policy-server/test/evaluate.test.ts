import { EvaluationSchema, evaluate, evaluateIncident } from "@support/policy";
import { describe, expect, it } from "vitest";
import { errorOf } from "./support/error-of.js";
import { SERVER_NOW, TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE, EXAMPLE_CONFIG, exampleContext, handbookScenarios } from "./support/world.js";

describe("POST /v1/evaluate", () => {
  it("answers every handbook situation byte for byte as the library does", async () => {
    const { post } = testServer();
    const scenarios = handbookScenarios();
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    const actions = new Set<string>();
    for (const { incident, ticket, context } of scenarios) {
      const expected = JSON.stringify(
        await evaluate(incident as never, ticket as never, context as never),
      );
      const response = await post("/v1/evaluate", { incident, ticket, context });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(await response.text()).toBe(expected);
      for (const decision of JSON.parse(expected).decisions) actions.add(decision.action);
    }
    // The situations reach well beyond one path through the rules.
    expect(actions.size).toBeGreaterThanOrEqual(15);
  });

  it("treats a missing ticket like null: the incident's own decisions", async () => {
    const { post } = testServer();
    const context = exampleContext();
    const withNull = await (
      await post("/v1/evaluate", { incident: EXAMPLE.incident, ticket: null, context })
    ).text();
    const without = await (
      await post("/v1/evaluate", { incident: EXAMPLE.incident, context })
    ).text();
    expect(without).toBe(withNull);
    expect(JSON.parse(without).ticketId).toBeUndefined();
  });

  it("uses the configured team when the request has none, and the server clock as now", async () => {
    const { post } = testServer({ defaults: { team: EXAMPLE_CONFIG.team } });
    const response = await post("/v1/evaluate", { incident: EXAMPLE.incident });
    const expected = await evaluate(EXAMPLE.incident as never, null, {
      now: SERVER_NOW,
      team: EXAMPLE_CONFIG.team as never,
    });
    expect(await response.text()).toBe(JSON.stringify(expected));
    expect(expected.evaluatedAt).toBe(SERVER_NOW);
  });

  it("lets the request's now and team win over the server's", async () => {
    const { post } = testServer({ defaults: { team: [] } });
    const context = { now: "2026-06-03T16:50:00+01:00", team: EXAMPLE.team };
    const response = await post("/v1/evaluate", { incident: EXAMPLE.incident, context });
    const body = EvaluationSchema.parse(await response.json());
    expect(body.evaluatedAt).toBe("2026-06-03T15:50:00.000Z");
    expect(body).toEqual(await evaluate(EXAMPLE.incident as never, null, context as never));
  });

  it("merges the request's config over the configured config key by key", async () => {
    const configured = { teamChannel: "#support-escalations", nudgeAfterMinutes: 30 };
    const { post } = testServer({ defaults: { team: EXAMPLE.team, config: configured } });
    const incident = {
      ...EXAMPLE.incident,
      roles: { incidentLead: (EXAMPLE.incident.roles as Record<string, unknown>).incidentLead },
    };
    const context = { now: "2026-06-03T14:50:00Z", config: { nudgeAfterMinutes: 5 } };
    const response = await post("/v1/evaluate", { incident, context });
    const expected = await evaluate(incident as never, null, {
      now: context.now,
      team: EXAMPLE.team as never,
      config: { teamChannel: "#support-escalations", nudgeAfterMinutes: 5 },
    });
    expect(await response.text()).toBe(JSON.stringify(expected));
    const summaries = expected.decisions.map((decision) => decision.summary).join("\n");
    expect(summaries).toContain("#support-escalations");
    expect(expected.decisions.map((decision) => decision.action)).toContain("nudge_incident_lead");
  });

  it("says the team is required when neither the request nor the server has one", async () => {
    const { post } = testServer();
    const response = await post("/v1/evaluate", {
      incident: EXAMPLE.incident,
      context: { now: EXAMPLE.now },
    });
    const error = await errorOf(response, 400, "invalid_input");
    expect(error.issues).toEqual([
      {
        path: "context.team",
        message:
          "Required: send context.team, or start the server with a config file that has a team.",
      },
    ]);
  });

  it("returns the decision id and policy version in headers, never in the body", async () => {
    const { post, log } = testServer();
    const response = await post("/v1/evaluate", {
      incident: EXAMPLE.incident,
      context: exampleContext(),
    });
    const id = response.headers.get("decision-id");
    expect(id).toBe("decision-1");
    expect(response.headers.get("policy-version")).toMatch(/^\d+\.\d+\.\d+\+rules\.[0-9a-f]{12}$/);
    expect(Object.keys(JSON.parse(await response.text()))).toEqual([
      "incidentId",
      "evaluatedAt",
      "blocked",
      "decisions",
    ]);
    expect(log()[0]?.decision_id).toBe(id);
  });
});

describe("POST /v1/evaluate-incident", () => {
  it("answers as evaluateIncident does, with every ticket's decisions", async () => {
    const { post } = testServer();
    const context = exampleContext();
    const response = await post("/v1/evaluate-incident", {
      incident: EXAMPLE.incident,
      tickets: EXAMPLE.tickets,
      context,
    });
    const expected = await evaluateIncident(
      EXAMPLE.incident as never,
      EXAMPLE.tickets as never,
      context as never,
    );
    expect(await response.text()).toBe(JSON.stringify(expected));
    expect(expected.tickets.map((one) => one.ticketId)).toEqual(
      EXAMPLE.tickets.map((t) => t.id).sort(),
    );
  });

  it("needs the tickets", async () => {
    const { post } = testServer();
    const response = await post("/v1/evaluate-incident", {
      incident: EXAMPLE.incident,
      context: exampleContext(),
    });
    const error = await errorOf(response, 400, "invalid_input");
    expect(error.issues).toEqual([{ path: "tickets", message: "Required" }]);
  });
});

describe("authentication on policy routes", () => {
  it("takes the token case-insensitively by scheme and names it in the log by id", async () => {
    const { request, log } = testServer();
    const response = await request("/v1/evaluate", {
      method: "POST",
      headers: { authorization: `bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ incident: EXAMPLE.incident, context: exampleContext() }),
    });
    expect(response.status).toBe(200);
    expect(log()[0]?.token_id).toMatch(/^tok_[0-9a-f]{8}$/);
  });
});
