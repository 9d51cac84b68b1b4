import { describe, expect, it } from "vitest";
import { context, incident, lou, minutesBefore, ticket, waiting } from "../../test/builders.js";
import { policyErrorOf } from "../../test/errors.js";
import { evaluate, evaluateIncident } from "../evaluate.js";
import { lint } from "../lint/index.js";
import { createPolicy } from "../policy/create-policy.js";
import { ConfigSchema } from "./config.js";
import { LIMITS } from "./limits.js";

const MINUTE_KEYS = [
  "volunteerAfterMinutes",
  "nudgeAfterMinutes",
  "handoverLeadMinutes",
  "handoverComingOnlineMinutes",
  "shiftBreakMaxMinutes",
  "handoverHorizonMinutes",
  "csResponseTimeoutMinutes",
  "raiseIncidentWindowMinutes",
  "lookbackMinutes",
] as const;

describe("config numbers stay in a sane range", () => {
  it.each(MINUTE_KEYS)("caps %s at 43,200 minutes (30 days)", async (key) => {
    expect(LIMITS.minutes).toBe(43_200);
    expect(ConfigSchema.safeParse({ [key]: 43_200 }).success).toBe(true);
    for (const value of [43_201, 1e12]) {
      const error = await policyErrorOf(() =>
        evaluate(incident(), null, context({ config: { [key]: value } })),
      );
      expect(error.issues).toEqual([
        {
          input: "context",
          path: ["config", key],
          message: "must be at most 43200 minutes (30 days)",
        },
      ]);
    }
  });

  it("caps the ticket counts at 100,000", () => {
    for (const key of ["ticketPatternThreshold", "raiseIncidentMinTickets"]) {
      expect(ConfigSchema.safeParse({ [key]: 100_000 }).success).toBe(true);
      expect(ConfigSchema.safeParse({ [key]: 100_001 }).error?.issues[0]?.message).toBe(
        "must be at most 100000",
      );
    }
  });

  it("evaluates with every minute value at its cap and no instant leaves the calendar", async () => {
    const config = Object.fromEntries(MINUTE_KEYS.map((key) => [key, 43_200]));
    const tickets = [waiting({ csConsultation: { openedAt: minutesBefore(10) } })];
    const result = await evaluateIncident(
      incident({ roles: { supportWatcher: lou } }),
      tickets,
      context({ config }),
    );
    expect(JSON.stringify(result)).not.toContain("Invalid");
    expect(result.tickets[0]?.decisions.length).toBeGreaterThan(0);
  });
});

describe("instants are years 1970 to 9999", () => {
  it.each(["0099-06-03T16:00:00Z", "1969-12-31T23:59:59Z", "10000-01-01T00:00:00Z"])(
    "rejects %s, naming the field",
    async (declaredAt) => {
      const error = await policyErrorOf(() => evaluate(incident({ declaredAt }), null, context()));
      expect(error.issues[0]?.path).toEqual(["declaredAt"]);
    },
  );

  it("accepts the first and the last year, and evaluates at the end of 9999", async () => {
    const last = "9999-12-31T23:59:00Z";
    const result = await evaluate(
      incident({ declaredAt: minutesBefore(60, last), supportWatcherRequestedAt: undefined }),
      ticket({ createdAt: "1970-01-01T00:00:00Z" }),
      context({ now: last }),
    );
    expect(result.evaluatedAt).toBe("9999-12-31T23:59:00.000Z");
    const incidentLevel = await evaluate(
      incident({ declaredAt: "1970-01-01T00:00:00Z" }),
      null,
      context(),
    );
    expect(incidentLevel.incidentId).toBe("01HZX");
  });

  it("rejects a date that does not exist rather than rolling it over", async () => {
    const error = await policyErrorOf(() =>
      evaluate(incident(), null, context({ now: "2026-02-30T00:00:00Z" })),
    );
    expect(error.issues[0]?.path).toEqual(["now"]);
  });
});

describe("term lists are capped and matched without one huge regex", () => {
  // About 20 kB of jargon: one alternation regex of it was too large to compile.
  const jargon = Array.from({ length: 2_000 }, (_, n) => `widget${n}`);

  it("matches a 20 kB jargon list, case-insensitively and as whole words", () => {
    expect(JSON.stringify(jargon).length).toBeGreaterThan(20_000);
    const findings = lint("reply", "Our Widget1999 broke, widget19990 did not.", {
      config: { jargon },
    });
    expect(findings.filter((f) => f.rule === "jargon").map((f) => f.span)).toEqual([[4, 14]]);
  });

  it("refuses a list past the cap, naming the field and not echoing the terms", async () => {
    const long = [...jargon, ...jargon];
    const error = await policyErrorOf(() => createPolicy({ team: [], config: { jargon: long } }));
    expect(error.issues[0]).toMatchObject({ input: "config", path: ["jargon"] });
    expect(error.message).toContain(`must hold at most ${LIMITS.terms} terms`);
    expect(error.message).not.toContain("widget1");
    const viaLint = await policyErrorOf(() => lint("reply", "x", { config: { jargon: long } }));
    expect(viaLint.message).toBe(
      `lint: context.config.jargon must be a list of at most ${LIMITS.terms} strings.`,
    );
  });

  it("refuses a term longer than 200 characters", () => {
    const result = ConfigSchema.safeParse({ allowedTerms: ["x".repeat(201)] });
    expect(result.error?.issues[0]?.path).toEqual(["allowedTerms", 0]);
  });
});

describe("error messages never echo an input at length", () => {
  it("cuts a huge unknown key short", async () => {
    const key = "k".repeat(1_000_000);
    const error = await policyErrorOf(() =>
      evaluate({ ...incident(), [key]: 1 } as never, null, context()),
    );
    expect(error.message.length).toBeLessThan(600);
    expect(error.message).toContain("more characters");
  });

  it("describes odd lint kinds instead of crashing while writing the message", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = { deep };
    for (const kind of [10n, cyclic, deep, Symbol("kind"), "x".repeat(1_000_000), () => 1]) {
      const error = await policyErrorOf(() => lint(kind as never, "text"));
      expect(error.inputs).toEqual(["kind"]);
      expect(error.message.length).toBeLessThan(200);
    }
  });

  it("names the prototype key a hostile config or incident carries", async () => {
    const config = JSON.parse('{"componentKeywords": {"__proto__": ["x"]}}');
    const error = await policyErrorOf(() => createPolicy({ team: [], config }));
    expect(error.issues[0]?.path).toEqual(["componentKeywords", "__proto__"]);
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(incident()).slice(1)}`,
    );
    const incidentError = await policyErrorOf(() => evaluate(hostile, null, context()));
    expect(incidentError.message).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
