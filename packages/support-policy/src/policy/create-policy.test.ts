import { afterEach, describe, expect, it, vi } from "vitest";
import {
  bea,
  comms,
  context,
  enterprise,
  incident,
  jo,
  lead,
  lou,
  macro,
  minutesBefore,
  NOW,
  SATURDAY,
  ticket,
  waiting,
} from "../../test/builders.js";
import { policyErrorOf } from "../../test/errors.js";
import { evaluate, evaluateIncident } from "../evaluate.js";
import { lint } from "../lint/index.js";
import { matchTickets } from "../match-tickets.js";
import { ConfigSchema } from "../schemas/config.js";
import { TeamSchema } from "../schemas/context.js";
import { IncidentEvaluationSchema } from "../schemas/evaluation.js";
import { IncidentSchema } from "../schemas/incident.js";
import { suggestIncidents } from "../suggest/suggest-incidents.js";
import { coverageAt } from "../time/coverage.js";
import { policyCore, rosterOf } from "./core.js";
import { createPolicy } from "./create-policy.js";
import type { Clock } from "./now.js";

const team = [lou, jo, bea];
const busy = incident({
  severity: "major",
  roles: { incidentLead: lead, commsLead: comms, supportWatcher: lou },
  impactChangedAt: minutesBefore(3),
  macro: macro({ sharedWithCommsAt: minutesBefore(20) }),
});
const tickets = [
  waiting({ id: "T-2", organization: enterprise(), draftReply: "We're on it." }),
  waiting({ id: "T-1", tags: [], attachedToIncident: false }),
  ticket({ id: "T-3", subject: "Billing question", tags: [], attachedToIncident: false }),
];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("createPolicy", () => {
  it("evaluates as the free evaluate does, byte for byte, with either engine", async () => {
    for (const engine of ["compiled", "json-rules-engine"] as const) {
      const policy = createPolicy({ team, now: NOW, engine });
      for (const one of [undefined, ...tickets]) {
        const free = await evaluate(busy, one, context({ team }));
        expect(JSON.stringify(await policy.evaluate(busy, one)), engine).toBe(JSON.stringify(free));
      }
      const withQueue = await policy.evaluate(busy, null, { queue: tickets });
      expect(JSON.stringify(withQueue)).toBe(
        JSON.stringify(await evaluate(busy, null, context({ team, queue: tickets }))),
      );
    }
  });

  it("takes now as an instant, a Date, epoch milliseconds or a clock read on every call", async () => {
    const at = (now: Clock) => createPolicy({ team, now }).evaluate(busy);
    expect((await at(NOW)).evaluatedAt).toBe("2026-06-03T16:00:00.000Z");
    expect((await at(new Date(NOW))).evaluatedAt).toBe("2026-06-03T16:00:00.000Z");
    expect((await at(Date.parse(NOW))).evaluatedAt).toBe("2026-06-03T16:00:00.000Z");
    let calls = 0;
    const clock = () => {
      calls += 1;
      return new Date(Date.parse(NOW) + calls * 60_000);
    };
    const policy = createPolicy({ team, now: clock });
    expect((await policy.evaluate(busy)).evaluatedAt).toBe("2026-06-03T16:01:00.000Z");
    expect((await policy.evaluate(busy)).evaluatedAt).toBe("2026-06-03T16:02:00.000Z");
  });

  it("takes a call's own now instead of the policy's, for that call only", async () => {
    const policy = createPolicy({ team, now: NOW });
    const weekend = await policy.evaluate(busy, null, { now: SATURDAY });
    expect(weekend.evaluatedAt).toBe("2026-06-06T12:00:00.000Z");
    expect(JSON.stringify(weekend)).toBe(
      JSON.stringify(await evaluate(busy, null, context({ team, now: SATURDAY }))),
    );
    const [one] = tickets;
    const ticketAt = await policy.evaluate(busy, one, { now: SATURDAY, queue: tickets });
    expect(JSON.stringify(ticketAt)).toBe(
      JSON.stringify(await evaluate(busy, one, context({ team, now: SATURDAY, queue: tickets }))),
    );
    const whole = await policy.evaluateIncident(busy, tickets, { now: SATURDAY });
    expect(JSON.stringify(whole)).toBe(
      JSON.stringify(await evaluateIncident(busy, tickets, context({ team, now: SATURDAY }))),
    );
    expect((await policy.evaluate(busy)).evaluatedAt).toBe("2026-06-03T16:00:00.000Z");
    const error = await policyErrorOf(() => policy.evaluate(busy, null, { now: "yesterday" }));
    expect(error.inputs).toEqual(["now"]);
  });

  it("defaults now to the system clock", async () => {
    vi.useFakeTimers({ now: Date.parse(SATURDAY) });
    const { evaluatedAt, decisions } = await createPolicy({ team }).evaluate(busy);
    expect(evaluatedAt).toBe("2026-06-06T12:00:00.000Z");
    expect(decisions.map((d) => d.action)).toContain("no_support_coverage");
  });

  it("rejects a bad clock reading with an error that names now", async () => {
    for (const now of ["yesterday", Number.NaN, new Date("nope"), "0099-01-01T00:00:00Z"]) {
      const error = await policyErrorOf(() => createPolicy({ team, now }).evaluate(busy));
      expect(error.inputs, String(now)).toEqual(["now"]);
      expect(error.message).toMatch(/^Invalid now:/);
    }
    const throwing = createPolicy({
      team,
      now: () => {
        throw new Error("clock broke");
      },
    });
    expect((await policyErrorOf(() => throwing.evaluate(busy))).message).toContain("clock broke");
  });

  it("validates the team and config once, when the policy is made, naming them", async () => {
    const bad = await policyErrorOf(() =>
      createPolicy({
        team: [{ name: "Zed", timezone: "Mars/Olympus" }],
        config: { nudgeAfterMinutes: -1 },
      }),
    );
    expect(bad.inputs).toEqual(["team", "config"]);
    expect(bad.message).toContain("→ at [0].timezone");
    expect(bad.message).toContain("→ at nudgeAfterMinutes");
    const policy = createPolicy({ team, now: NOW });
    const parse = vi.spyOn(TeamSchema, "safeParse");
    await policy.evaluate(busy);
    await policy.evaluateIncident(busy, tickets);
    expect(parse).not.toHaveBeenCalled();
  });

  it("names what is wrong with its options, the engine included", async () => {
    const missing = await policyErrorOf(() => createPolicy(undefined as never));
    expect(missing.message).toContain("needs options with a `team`");
    const engine = await policyErrorOf(() => createPolicy({ team, engine: "drools" as never }));
    expect(engine.message).toContain(
      'engine must be one of compiled, json-rules-engine; got "drools"',
    );
  });

  it("lays out each person's schedule once per instant, however many evaluations ask", () => {
    const core = policyCore(TeamSchema.parse(team), ConfigSchema.parse({}), "compiled");
    const parsed = IncidentSchema.parse(busy);
    const first = rosterOf(core, parsed, Date.parse(NOW));
    expect(rosterOf(core, parsed, Date.parse(NOW))).toBe(first);
    const later = rosterOf(core, parsed, Date.parse(NOW) + 60_000);
    expect(later).not.toBe(first);
    // Lou's layout is the same object in both: only the instant it is read at differs.
    expect(core.schedules.of(lou, Date.parse(NOW))).toBe(first.roster[0]?.intervals);
  });

  it("validates an unchanged input once, and a changed one again", async () => {
    const policy = createPolicy({ team, now: NOW });
    const parse = vi.spyOn(IncidentSchema, "safeParse");
    const scenario = structuredClone(busy);
    await policy.evaluate(scenario);
    await policy.evaluate(scenario);
    expect(parse).toHaveBeenCalledTimes(1);
    scenario.status = "resolved";
    scenario.resolvedAt = minutesBefore(1);
    const after = await policy.evaluate(scenario);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(after.decisions.map((d) => d.action)).toContain("delete_macro");
    (scenario as { severity: string }).severity = "huge";
    expect((await policyErrorOf(() => policy.evaluate(scenario))).message).toContain(
      "→ at severity",
    );
  });

  it("lints with the config's lint keys unless the context sets its own", () => {
    const policy = createPolicy({ team, config: { jargon: ["flux capacitor"] } });
    const text = "The flux capacitor is degraded.";
    expect(policy.lint("reply", text).map((f) => f.rule)).toContain("jargon");
    expect(
      lint("reply", text)
        .map((f) => f.message)
        .join(),
    ).not.toContain("flux capacitor");
    const overridden = policy.lint("reply", text, { config: { jargon: [] } });
    expect(overridden.map((f) => f.message).join()).not.toContain("flux capacitor");
  });

  it("matches tickets and suggests incidents with its own config and clock", async () => {
    const policy = createPolicy({ team, now: NOW, config: { raiseIncidentMinTickets: 2 } });
    expect(policy.matchTickets(busy, tickets)).toEqual(matchTickets(busy, tickets));
    const queue = [1, 2].map((n) =>
      ticket({ id: `Q-${n}`, subject: "Exports failing", tags: [], createdAt: minutesBefore(n) }),
    );
    expect(await policy.suggestIncidents(queue)).toEqual(
      await suggestIncidents(queue, { now: NOW, config: { raiseIncidentMinTickets: 2 } }),
    );
    const live = [incident({ name: "Exports failing", affectedComponents: ["Exports"] })];
    expect(await policy.suggestIncidents(queue, { liveIncidents: live })).toEqual([]);
  });
});

describe("evaluateIncident", () => {
  it("returns what evaluate returns for the incident and for each ticket, plus its matches and coverage", async () => {
    const policy = createPolicy({ team, now: NOW });
    const result = await policy.evaluateIncident(busy, tickets);
    expect(IncidentEvaluationSchema.parse(result)).toEqual(result);
    const { tickets: perTicket, ticketStates, matches, coverage, ...top } = result;
    expect(JSON.stringify(top)).toBe(
      JSON.stringify(await policy.evaluate(busy, null, { queue: tickets })),
    );
    expect(perTicket.map((one) => one.ticketId)).toEqual(["T-1", "T-2", "T-3"]);
    for (const one of perTicket) {
      const given = tickets.find((candidate) => candidate.id === one.ticketId);
      expect(JSON.stringify(one)).toBe(JSON.stringify(await policy.evaluate(busy, given)));
    }
    expect(matches).toEqual(matchTickets(busy, tickets));
    expect(coverage).toEqual(coverageAt(team, NOW));
    expect(ticketStates).toEqual([
      { ticketId: "T-1", related: true, attached: false, customerWaitingSince: minutesBefore(5) },
      { ticketId: "T-2", related: true, attached: true, customerWaitingSince: minutesBefore(5) },
      { ticketId: "T-3", related: false, attached: false, customerWaitingSince: null },
    ]);
  });

  it("is the same through the free function and the policy, and reads the queue when given one", async () => {
    const free = await evaluateIncident(busy, tickets, context({ team }));
    const policy = createPolicy({ team, now: NOW });
    expect(JSON.stringify(await policy.evaluateIncident(busy, tickets))).toBe(JSON.stringify(free));
    const alone = await policy.evaluateIncident(busy, tickets.slice(0, 1), { queue: tickets });
    expect(alone.matches.map((match) => match.ticketId)).toEqual(["T-2", "T-1"]);
    expect(alone.tickets.map((one) => one.ticketId)).toEqual(["T-2"]);
  });

  it("gives the caller its own copy of what the policy keeps", async () => {
    const policy = createPolicy({ team, now: NOW });
    const first = await policy.evaluateIncident(busy, tickets);
    first.coverage.working.length = 0;
    first.matches[0]?.reasons.splice(0);
    const again = await policy.evaluateIncident(busy, tickets);
    expect(again.coverage.working.length).toBeGreaterThan(0);
    expect(again.matches[0]?.reasons.length).toBeGreaterThan(0);
  });
});

describe("evaluate without a context", () => {
  it("says that it needs now and team, and how to get them", async () => {
    const error = await policyErrorOf(() => evaluate(busy, null, undefined as never));
    expect(error.inputs).toEqual(["context"]);
    expect(error.message).toContain("`now` (the evaluation instant");
    expect(error.message).toContain("`team` (the support roster)");
    expect(error.message).toContain("createPolicy({ team })");
    const partial = await policyErrorOf(() => evaluate(busy, null, { now: NOW } as never));
    expect(partial.message).toMatch(/is required: the support roster[\s\S]*→ at team/);
  });
});
