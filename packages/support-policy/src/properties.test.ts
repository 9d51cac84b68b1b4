import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioArb } from "../test/arbitraries.js";
import { evaluate } from "./evaluate.js";
import { IN_HOURS_REPLY_ORDER, OUT_OF_HOURS_REPLIES } from "./rules/reply-order.js";
import { DecisionSchema } from "./schemas/decision.js";
import { IncidentSchema } from "./schemas/incident.js";
import type { Person } from "./schemas/person.js";
import { DEFAULT_WORKING_HOURS } from "./schemas/primitives.js";
import { isMajorOrSecurity } from "./situation/incident-state.js";
import { coverageAt } from "./time/coverage.js";
import { workingIntervals } from "./time/schedule.js";

const RUNS = { numRuns: 150 };

describe("policy properties over generated valid input", () => {
  it("never throws, returns schema-valid decisions with filled summaries, and is deterministic", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ incident, ticket, context }) => {
        const first = await evaluate(incident, ticket, context);
        const second = await evaluate(incident, ticket, context);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        for (const decision of first.decisions) {
          DecisionSchema.parse(decision);
          expect(decision.summary).not.toMatch(/\{\w+\}/);
          expect(decision.ticketId).toBe(ticket?.id);
        }
      }),
      RUNS,
    );
  });

  it("never asks for a Support Watcher when nobody in support is within working hours", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ incident, context }) => {
        const { decisions } = await evaluate(incident, null, context);
        const actions = decisions.map((d) => d.action);
        const covered = coverageAt(context.team, context.now).working.length > 0;
        if (!covered) expect(actions).not.toContain("request_support_watcher");
        if (actions.includes("request_support_watcher")) expect(covered).toBe(true);
      }),
      RUNS,
    );
  });

  it("never lets a major or security macro be used before the Comms Lead approved it", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ incident, ticket, context }) => {
        const parsed = IncidentSchema.parse(incident);
        const awaitingApproval =
          isMajorOrSecurity(parsed) &&
          parsed.roles.commsLead !== undefined &&
          parsed.macro !== undefined &&
          parsed.macro.approvedByCommsAt === undefined;
        if (!awaitingApproval) return;
        const { decisions } = await evaluate(incident, ticket, context);
        expect(decisions.map((d) => d.action)).not.toContain("reply_with_macro");
        for (const decision of decisions) {
          if ("useMacro" in decision.details) expect(decision.details.useMacro).toBe(false);
        }
        if (!ticket && ["triage", "active", "monitoring"].includes(parsed.status)) {
          const { decisions: incidentLevel } = await evaluate(incident, null, context);
          expect(incidentLevel[0]?.blocking).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("hands over to a colleague working or coming online within the hour with the most working minutes ahead, else to the next one online", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ incident, context }) => {
        const { decisions } = await evaluate(incident, null, context);
        const handover = decisions.find((d) => d.action === "handover");
        if (!handover) return;
        const at = Date.parse(handover.details.at as string);
        const to = handover.details.to as {
          email: string;
          from: string;
          minutesAhead: number;
        } | null;
        const watcher = incident.roles.supportWatcher?.email;
        const others = context.team
          .filter((person) => person.email !== watcher)
          .flatMap((person) => {
            const ahead = aheadThroughDay(person, at);
            return ahead ? [{ email: person.email, ...ahead }] : [];
          });
        expect(to?.email).not.toBe(watcher);
        const eligible = others.filter((other) => other.from - at <= 60 * MINUTE);
        if (eligible.length > 0) {
          expect(handover.details.detailedNotes).toBe(false);
          expect(to?.minutesAhead).toBe(Math.max(...eligible.map((other) => other.minutes)));
          expect(eligible.find((other) => other.email === to?.email)?.minutes).toBe(
            to?.minutesAhead,
          );
          return;
        }
        expect(handover.details.detailedNotes).toBe(true);
        if (others.length === 0) expect(to).toBeNull();
        else expect(Date.parse(to?.from ?? "")).toBe(Math.min(...others.map((o) => o.from)));
      }),
      RUNS,
    );
  });

  it("gives each ticket one reply decision at most, and only waiting or the on-call out of hours", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ incident, ticket, context }) => {
        if (!ticket) return;
        const { decisions } = await evaluate(incident, ticket, context);
        const replies = decisions.filter((d) => REPLIES.includes(d.action));
        expect(replies.length).toBeLessThanOrEqual(1);
        const covered =
          coverageAt(
            [
              ...context.team,
              ...(incident.roles.supportWatcher ? [incident.roles.supportWatcher] : []),
            ],
            context.now,
          ).working.length > 0;
        if (!covered) {
          for (const reply of replies) expect(OUT_OF_HOURS_REPLIES).toContain(reply.action);
        }
      }),
      RUNS,
    );
  });
});

const MINUTE = 60_000;
const DAY = 86_400_000;
const REPLIES: readonly string[] = [...IN_HOURS_REPLY_ORDER, ...OUT_OF_HOURS_REPLIES];

/**
 * A second reading of "working minutes ahead through the end of the day", for the property: the
 * stretch at or after `at`, joined across breaks under 180 minutes that hold no time off.
 */
function aheadThroughDay(
  person: Person,
  at: number,
): { from: number; minutes: number } | undefined {
  const stretches = workingIntervals(person, at - 3 * DAY, at + 22 * DAY, DEFAULT_WORKING_HOURS);
  const away = (person.outOfOffice ?? []).map((range) => [
    Date.parse(range.from),
    Date.parse(range.to),
  ]);
  let i = stretches.findIndex((stretch) => stretch.end > at);
  const first = stretches[i];
  if (!first) return undefined;
  const from = Math.max(at, first.start);
  let total = first.end - from;
  for (;;) {
    const [current, next] = [stretches[i], stretches[i + 1]];
    if (!current || !next) break;
    const gapHasTimeOff = away.some(
      ([start = 0, end = 0]) => start < next.start && end > current.end,
    );
    if (next.start - current.end >= 180 * MINUTE || gapHasTimeOff) break;
    total += next.end - next.start;
    i += 1;
  }
  return { from, minutes: Math.round(total / MINUTE) };
}
