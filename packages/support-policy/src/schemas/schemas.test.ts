import { describe, expect, it } from "vitest";
import { context, incident, ticket } from "../../test/builders.js";
import { PolicyInputError, parseInput } from "../errors.js";
import { ConfigSchema } from "./config.js";
import { ContextSchema } from "./context.js";
import { IncidentSchema } from "./incident.js";
import { TicketSchema } from "./ticket.js";

const errorOf = (run: () => unknown): PolicyInputError => {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error("expected a PolicyInputError");
};

describe("input validation", () => {
  it("accepts the builders' realistic incident, ticket and context", () => {
    expect(() => parseInput(IncidentSchema, incident(), "incident")).not.toThrow();
    expect(() => parseInput(TicketSchema, ticket(), "ticket")).not.toThrow();
    expect(() => parseInput(ContextSchema, context(), "context")).not.toThrow();
  });

  it("lists every bad field path with its reason and names the argument", () => {
    const error = errorOf(() =>
      parseInput(
        IncidentSchema,
        { ...incident(), severity: "huge", declaredAt: "yesterday", reference: "123" },
        "incident",
      ),
    );
    expect(error.message).toMatch(/^Invalid incident:/);
    expect(error.message).toContain("at severity");
    expect(error.message).toContain("at declaredAt");
    expect(error.message).toContain("ISO-8601");
    expect(error.message).toContain("INC-123");
    expect(error.issues).toHaveLength(3);
  });

  it("rejects a misspelt key instead of silently ignoring it", () => {
    const { statusPage, ...rest } = incident();
    const error = errorOf(() =>
      parseInput(IncidentSchema, { ...rest, statuspage: statusPage }, "incident"),
    );
    expect(error.message).toContain("statuspage");
  });

  it("rejects timestamps without an offset and unknown time zones in nested people", () => {
    const error = errorOf(() =>
      parseInput(
        ContextSchema,
        context({
          now: "2026-06-03T16:00:00",
          team: [{ name: "Zed", timezone: "Mars/Olympus" }],
        }),
        "context",
      ),
    );
    expect(error.message).toContain("at now");
    expect(error.message).toContain("at team[0].timezone");
    expect(error.message).toContain("IANA");
  });

  it("rejects working hours that start and end at the same time", () => {
    const error = errorOf(() =>
      parseInput(
        ContextSchema,
        context({
          team: [
            {
              name: "Zed",
              timezone: "UTC",
              workingHours: [{ days: ["mon"], start: "09:00", end: "09:00" }],
            },
          ],
        }),
        "context",
      ),
    );
    expect(error.message).toContain("team[0].workingHours[0].end");
  });
});

describe("config defaults", () => {
  it("fills every documented default when no override is given", () => {
    const config = ConfigSchema.parse({});
    expect(config).toMatchObject({
      volunteerAfterMinutes: 5,
      nudgeAfterMinutes: 10,
      handoverLeadMinutes: 60,
      csResponseTimeoutMinutes: 30,
      ticketPatternThreshold: 3,
      lookbackMinutes: 180,
      onCallGlobalMinSeverity: "major",
      onCallGlobal: "@on-call-global",
    });
    expect(config.defaultWorkingHours).toEqual([
      { days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:30" },
    ]);
  });

  it("keeps defaults for keys a partial override leaves out", () => {
    const parsed = ContextSchema.parse(context({ config: { nudgeAfterMinutes: 20 } }));
    expect(parsed.config.nudgeAfterMinutes).toBe(20);
    expect(parsed.config.volunteerAfterMinutes).toBe(5);
    expect(ContextSchema.parse(context()).config.lookbackMinutes).toBe(180);
  });

  it("rejects a negative threshold with the key's name", () => {
    const error = errorOf(() => parseInput(ConfigSchema, { nudgeAfterMinutes: -1 }, "config"));
    expect(error.message).toContain("at nudgeAfterMinutes");
  });
});
