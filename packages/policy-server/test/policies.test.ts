import { evaluate, evaluateIncident, PolicyInputError } from "@support/policy";
import { describe, expect, it } from "vitest";
import { formatPath } from "../src/http/errors.js";
import { createPolicies, MAX_KEY_LENGTH, POLICIES_KEPT } from "../src/policy/policies.js";
import { errorOf } from "./support/error-of.js";
import { testServer } from "./support/test-server.js";
import { EXAMPLE, exampleContext, handbookScenarios } from "./support/world.js";

const teamOf = (zone: string) =>
  EXAMPLE.team.map((person) => ({ ...person, timezone: zone })) as unknown[];

const ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Athens",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Australia/Sydney",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "Africa/Lagos",
  "Africa/Nairobi",
  "Pacific/Honolulu",
];

/** The free function's PolicyInputError for the input, as the server's 400 issues. */
async function freeIssues(incident: unknown, context: Record<string, unknown>) {
  try {
    await evaluate(incident as never, null, context as never);
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return error.issues.map((issue) => ({
      path: formatPath([issue.input, ...issue.path]),
      message: issue.message,
    }));
  }
  throw new Error("the free function took the input");
}

describe("policies by team and config", () => {
  it("makes one policy per team and config and hands it out again", () => {
    const policies = createPolicies();
    const first = policies.for(EXAMPLE.team, EXAMPLE.config);
    expect(first).toBeDefined();
    // Parsed again from JSON, as every request is: equal values, other objects.
    const again = policies.for(
      JSON.parse(JSON.stringify(EXAMPLE.team)),
      JSON.parse(JSON.stringify(EXAMPLE.config)),
    );
    expect(again).toBe(first);
    expect(policies.for(EXAMPLE.team, undefined)).not.toBe(first);
    expect(policies.for(EXAMPLE.team, {})).not.toBe(first);
  });

  it(`keeps ${POLICIES_KEPT}, dropping the least recently used first`, () => {
    const policies = createPolicies();
    expect(ZONES.length).toBe(POLICIES_KEPT);
    const teams = ZONES.map(teamOf);
    const made = teams.map((team) => policies.for(team, undefined));
    expect(made.every((policy) => policy !== undefined)).toBe(true);
    expect(new Set(made).size).toBe(POLICIES_KEPT);
    // The first is used again, so the second is now the oldest.
    expect(policies.for(teams[0], undefined)).toBe(made[0]);
    policies.for(teamOf("Pacific/Auckland"), undefined);
    expect(policies.for(teams[0], undefined)).toBe(made[0]);
    expect(policies.for(teams[2], undefined)).toBe(made[2]);
    expect(policies.for(teams[1], undefined)).not.toBe(made[1]);
  });

  it("answers undefined for a team or config the policy refuses", () => {
    const policies = createPolicies();
    expect(policies.for([{ name: "" }], undefined)).toBeUndefined();
    expect(policies.for(EXAMPLE.team, { nudgeAfterMinutes: "soon" })).toBeUndefined();
    expect(policies.for("everyone", undefined)).toBeUndefined();
  });

  it("keeps nothing for a team and config longer than the key limit", () => {
    const policies = createPolicies();
    const allowedTerms = Array.from({ length: 400 }, (_, i) => `${i}`.padEnd(190, "x"));
    const config = { ...EXAMPLE.config, allowedTerms };
    expect(JSON.stringify(config).length).toBeGreaterThan(MAX_KEY_LENGTH);
    const one = policies.for(EXAMPLE.team, config);
    expect(one).toBeDefined();
    expect(policies.for(EXAMPLE.team, config)).not.toBe(one);
  });
});

describe("evaluations through a kept policy", () => {
  it("answer every handbook situation, and the whole incident, byte for byte as the free functions", async () => {
    const { post } = testServer();
    for (const { incident, ticket, context } of handbookScenarios()) {
      const body = JSON.stringify({ incident, ticket, context });
      const expected = JSON.stringify(
        await evaluate(incident as never, ticket as never, context as never),
      );
      // Twice: the first request makes the policy, the second finds it.
      expect(await (await post("/v1/evaluate", body)).text()).toBe(expected);
      expect(await (await post("/v1/evaluate", body)).text()).toBe(expected);
    }
    const context = exampleContext({ queue: EXAMPLE.tickets.slice(0, 2) });
    const whole = { incident: EXAMPLE.incident, tickets: EXAMPLE.tickets, context };
    const expected = JSON.stringify(
      await evaluateIncident(EXAMPLE.incident as never, EXAMPLE.tickets as never, context as never),
    );
    expect(await (await post("/v1/evaluate-incident", whole)).text()).toBe(expected);
  });

  it("answer a bad team, config, now or queue with the free function's field list", async () => {
    const { post } = testServer();
    const contexts = [
      exampleContext({ team: [{ name: "Ana" }] }),
      exampleContext({ config: { nudgeAfterMinutes: -1 } }),
      exampleContext({ config: "strict" }),
      exampleContext({ now: "yesterday" }),
      exampleContext({ now: 1_780_000_000_000_000 }),
      exampleContext({ queue: [{ id: 7 }] }),
      exampleContext({ colour: "blue" }),
    ];
    for (const context of contexts) {
      const expected = await freeIssues(EXAMPLE.incident, context);
      expect(expected.length).toBeGreaterThan(0);
      // Once to make (or refuse) the policy, once more to find it.
      for (let round = 0; round < 2; round++) {
        const response = await post("/v1/evaluate", { incident: EXAMPLE.incident, context });
        const error = await errorOf(response, 400, "invalid_input");
        expect(error.issues, JSON.stringify(context)).toEqual(expected);
      }
    }
  });

  it("answer a bad incident under a good team as the free function does", async () => {
    const { post } = testServer();
    const incident = { ...EXAMPLE.incident, severity: "apocalyptic" };
    const context = exampleContext();
    const expected = await freeIssues(incident, context);
    expect(expected).toEqual([expect.objectContaining({ path: "incident.severity" })]);
    await post("/v1/evaluate", { incident: EXAMPLE.incident, context });
    const response = await post("/v1/evaluate", { incident, context });
    expect((await errorOf(response, 400, "invalid_input")).issues).toEqual(expected);
  });

  it("answer a team nested too deeply to write as JSON as the free function does", async () => {
    const { post } = testServer();
    const nested = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const now = "2026-06-03T16:05:00Z";
    const response = await post(
      "/v1/evaluate",
      `{"incident":${JSON.stringify(EXAMPLE.incident)},"context":{"now":"${now}","team":${nested}}}`,
    );
    const expected = await freeIssues(EXAMPLE.incident, { now, team: JSON.parse(nested) });
    expect((await errorOf(response, 400, "invalid_input")).issues).toEqual(expected);
  });
});
