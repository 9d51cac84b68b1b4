import { describe, expect, expectTypeOf, it } from "vitest";
import {
  bea,
  comms,
  context,
  incident,
  jo,
  lead,
  lou,
  minutesBefore,
  ticket,
  waiting,
} from "../test/builders.js";
import { PolicyInputError } from "./errors.js";
import { evaluate, evaluateIncident } from "./evaluate.js";
import { type DecisionOf, DecisionSchema, isDecision } from "./schemas/decision.js";
import { EvaluationSchema } from "./schemas/evaluation.js";

/** Lets a test pass what a JavaScript caller could: input the types would reject. */
const untyped = (value: unknown): never => value as never;

// A busy major incident: no watcher, no macro, Comms Lead assigned, outreach waiting.
const busy = incident({
  severity: "major",
  roles: { incidentLead: lead, commsLead: comms },
  macro: undefined,
  supportWatcherRequestedAt: minutesBefore(12),
  proactiveOutreach: { requestedAt: minutesBefore(5) },
});

describe("evaluate", () => {
  it("returns no decisions for an incident handled by the book", async () => {
    const result = await evaluate(incident(), null, context());
    expect(result).toEqual({
      incidentId: "01HZX",
      evaluatedAt: "2026-06-03T16:00:00.000Z",
      blocked: false,
      decisions: [],
    });
  });

  it("sorts decisions blocking first, then by rule priority", async () => {
    const { decisions, blocked } = await evaluate(busy, undefined, context());
    expect(blocked).toBe(true);
    expect(decisions.map((d) => d.action)).toEqual([
      "proactive_outreach_gate",
      "request_support_watcher",
      "nudge_incident_lead",
      "create_macro",
    ]);
  });

  it("returns only ticket decisions when given a ticket, each naming the ticket", async () => {
    const result = await evaluate(
      incident({ macro: undefined }),
      waiting({ id: "T-9" }),
      context(),
    );
    expect(result.ticketId).toBe("T-9");
    expect(result.decisions.map((d) => d.action)).toEqual(["reply_with_status_link"]);
    expect(result.decisions.every((d) => d.ticketId === "T-9")).toBe(true);
  });

  it("explains each decision with the conditions that held and their actual values", async () => {
    const { decisions } = await evaluate(busy, null, context());
    const nudge = decisions.find((d) => d.action === "nudge_incident_lead");
    expect(nudge?.because).toEqual([
      {
        fact: "status",
        operator: "in",
        value: ["triage", "active", "monitoring"],
        actual: "active",
      },
      { fact: "hasWatcher", operator: "equal", value: false, actual: false },
      {
        fact: "minutesSinceWatcherRequested",
        operator: "greaterThanInclusive",
        value: 10,
        valueFrom: "nudgeAfterMinutes",
        actual: 12,
      },
    ]);
    expect(nudge?.docs).toBe("POLICY.md#nudge-incident-lead");
    expect(nudge?.handbook).toEqual({ section: "When an incident is declared" });
  });

  it("produces byte-identical JSON for the same input, whatever the roster order", async () => {
    const first = JSON.stringify(await evaluate(busy, null, context({ team: [lou, jo, bea] })));
    const again = JSON.stringify(await evaluate(busy, null, context({ team: [bea, jo, lou] })));
    expect(again).toBe(first);
  });

  it("types each action's details: a handover's details.to.name needs no cast", async () => {
    const { decisions } = await evaluate(
      incident({ roles: { incidentLead: lead, supportWatcher: jo } }),
      null,
      context({ team: [jo, lou] }),
    );
    const names: string[] = [];
    for (const decision of decisions) {
      if (decision.action !== "handover") continue;
      expectTypeOf(decision).toEqualTypeOf<DecisionOf<"handover">>();
      expectTypeOf(decision.details.to?.name).toEqualTypeOf<string | undefined>();
      expectTypeOf(decision.details.to?.minutesAhead).toEqualTypeOf<number | undefined>();
      if (decision.details.to) names.push(decision.details.to.name);
    }
    expect(names).toEqual(["Lou"]);
    // isDecision narrows a find or a filter the same way.
    const handover = decisions.find(isDecision("handover"));
    expectTypeOf(handover).toEqualTypeOf<DecisionOf<"handover"> | undefined>();
    expect(handover?.details.to?.name).toBe("Lou");
    expect(decisions.filter(isDecision("handover"))).toEqual([handover]);
    expect(decisions.filter(isDecision("create_macro"))).toEqual([]);
  });

  it("returns data that matches the published Decision and Evaluation schemas", async () => {
    const result = await evaluate(busy, null, context());
    expect(EvaluationSchema.parse(result)).toEqual(result);
    for (const decision of result.decisions)
      expect(DecisionSchema.parse(decision)).toEqual(decision);
  });

  it("rejects invalid input with one error listing every bad field of every argument", async () => {
    const error = await evaluate(
      untyped({ ...incident(), severity: "huge" }),
      { ...ticket(), createdAt: "today" },
      { ...context(), now: "now" },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyInputError);
    const inputError = error as PolicyInputError;
    expect(inputError.inputs).toEqual(["incident", "ticket", "context"]);
    expect(inputError.message).toContain("Invalid incident:");
    expect(inputError.message).toContain("→ at severity");
    expect(inputError.message).toContain("Invalid ticket:");
    expect(inputError.message).toContain("→ at createdAt");
    expect(inputError.message).toContain("Invalid context:");
    expect(inputError.message).toContain("→ at now");
    expect(inputError.message).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack frames in the message
  });
});

describe("evaluateIncident", () => {
  it("returns the incident decisions and each ticket's decisions by ticket id", async () => {
    const tickets = [
      waiting({ id: "T-2", tags: [], attachedToIncident: false }),
      ticket({ id: "T-1", subject: "Billing question", tags: [], attachedToIncident: false }),
    ];
    const result = await evaluateIncident(incident(), tickets, context());
    expect(result.tickets.map((one) => one.ticketId)).toEqual(["T-1", "T-2"]);
    expect(result.tickets[0]?.decisions).toEqual([]);
    expect(result.tickets[1]?.decisions.map((d) => d.action)).toEqual([
      "reply_with_macro",
      "attach_ticket",
    ]);
  });

  it("uses the given tickets as the queue when the context has none", async () => {
    const tickets = [1, 2, 3].map((n) => ticket({ id: `T-${n}` }));
    const result = await evaluateIncident(incident(), tickets, context());
    expect(result.decisions.map((d) => d.action)).toContain("report_ticket_pattern");
  });

  it("names the tickets argument when one ticket is invalid", async () => {
    const error = await evaluateIncident(
      incident(),
      [ticket(), untyped({ id: "" })],
      context(),
    ).catch((e: unknown) => e);
    expect((error as PolicyInputError).message).toMatch(/Invalid tickets:[\s\S]*at \[1\]\.id/);
  });
});
