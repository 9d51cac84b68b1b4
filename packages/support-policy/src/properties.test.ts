import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioArb } from "../test/arbitraries.js";
import { evaluate } from "./evaluate.js";
import { isMajorOrSecurity } from "./facts/incident-state.js";
import { DecisionSchema } from "./schemas/decision.js";
import { IncidentSchema } from "./schemas/incident.js";
import { isWorking, nextStart, workingMinutesAhead } from "./time/business-hours.js";
import { coverageAt } from "./time/coverage.js";

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

  it("hands over to someone with the most working hours ahead among everyone who could take it", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ incident, context }) => {
        const { decisions } = await evaluate(incident, null, context);
        const handover = decisions.find((d) => d.action === "handover");
        if (!handover) return;
        const at = handover.details.at as string;
        const to = handover.details.to as { name: string; minutesAhead: number } | null;
        const watcher = incident.roles.supportWatcher?.name;
        const horizon = Date.parse(at) + 720 * 60_000;
        const eligible = context.team.filter((person) => {
          if (person.name === watcher) return false;
          const start = nextStart(person, at);
          return isWorking(person, at) || (start !== null && Date.parse(start) <= horizon);
        });
        if (eligible.length === 0) {
          expect(to).toBeNull();
          return;
        }
        const best = Math.max(...eligible.map((person) => workingMinutesAhead(person, at)));
        expect(to?.minutesAhead).toBe(best);
        const chosen = context.team.find((person) => person.name === to?.name);
        expect(chosen && workingMinutesAhead(chosen, at)).toBe(best);
      }),
      RUNS,
    );
  });
});
