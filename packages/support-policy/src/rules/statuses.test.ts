import { describe, expect, it } from "vitest";
import {
  comms,
  context,
  enterprise,
  incident,
  lead,
  macro,
  minutesBefore,
  ticket,
  waiting,
} from "../../test/builders.js";
import { createJsonRulesEngine } from "../engine/json-rules-engine.js";
import type { Condition } from "../engine/types.js";
import { evaluate, evaluateIncident } from "../evaluate.js";
import { INCIDENT_STATUSES } from "../schemas/incident.js";
import { NAMED_CONDITIONS } from "./conditions.js";
import type { RuleDefinition } from "./define-rule.js";
import { CLUSTER_RULES, INCIDENT_RULES, TICKET_RULES } from "./levels.js";
import { ruleSetOf } from "./rule-sets.js";
import { IMPACT_OVER, LIVE, LIVE_OR_OVER } from "./statuses.js";

type Facts = Record<string, unknown>;

/** Sets facts so that a condition holds; every branch of an `any` gets its facts too. */
function satisfy(condition: Condition, facts: Facts): Facts {
  if ("all" in condition) for (const child of condition.all) satisfy(child, facts);
  else if ("any" in condition) for (const child of condition.any) satisfy(child, facts);
  else if ("condition" in condition) {
    const named = NAMED_CONDITIONS[condition.condition];
    if (named) satisfy(named.conditions, facts);
  } else {
    const { value } = condition;
    let target = value;
    if (typeof value === "object" && "fact" in value) {
      facts[value.fact] ??= 10;
      target = facts[value.fact] as number;
    }
    const n = target as number;
    const chosen: Record<string, unknown> = {
      equal: target,
      notEqual:
        typeof target === "boolean" ? !target : typeof target === "number" ? n + 1 : "other",
      greaterThan: n + 1,
      greaterThanInclusive: n,
      lessThan: n - 1,
      lessThanInclusive: n,
      in: Array.isArray(target) ? target[0] : target,
      notIn: "other",
    };
    facts[condition.fact] = chosen[condition.operator];
  }
  return facts;
}

// A major incident mid-flight with every kind of ticket, for the end-to-end checks.
const busy = incident({
  severity: "major",
  roles: { incidentLead: lead, commsLead: comms },
  macro: macro({ tags: [] }),
  impactChangedAt: minutesBefore(1),
  proactiveOutreach: { requestedAt: minutesBefore(5) },
  postMortem: { url: "https://docs.example.com/pm/123" },
});
const tickets = [
  waiting({ id: "T-1", tags: [], attachedToIncident: false, draftReply: "We're on it." }),
  waiting({ id: "T-2", organization: enterprise() }),
  ticket({ id: "T-3" }),
];

// Rules about an incident or its tickets; cluster rules run before any incident exists.
const RULES: readonly RuleDefinition[] = [...INCIDENT_RULES, ...TICKET_RULES];
const engineFor = (rule: RuleDefinition) => createJsonRulesEngine(ruleSetOf(rule.level, [rule]));

describe("Every rule states the incident statuses it applies to", () => {
  it("fires each rule in exactly its statuses when its other conditions hold", async () => {
    for (const rule of RULES) {
      const engine = engineFor(rule);
      const facts = satisfy(rule.conditions, {});
      for (const status of INCIDENT_STATUSES) {
        const fired = await engine.run({ ...facts, status });
        expect(fired.length === 1, `${rule.id} in ${status}`).toBe(rule.statuses.includes(status));
      }
    }
  });

  it("applies no rule to a declined or merged incident", () => {
    for (const rule of RULES) {
      expect(rule.statuses, rule.id).not.toContain("declined");
      expect(rule.statuses, rule.id).not.toContain("merged");
      expect(rule.statuses.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("runs a rule about the queue with no incident status at all", async () => {
    for (const rule of CLUSTER_RULES) {
      expect(rule.statuses, rule.id).toEqual([]);
      const fired = await engineFor(rule).run(satisfy(rule.conditions, {}));
      expect(
        fired.map((hit) => hit.because[0]?.fact),
        rule.id,
      ).not.toContain("status");
      expect(fired, rule.id).toHaveLength(1);
    }
  });

  it("names the status sets once: live, impact over, and both", () => {
    expect(LIVE).toEqual(["triage", "active", "monitoring"]);
    expect(IMPACT_OVER).toEqual(["resolved", "closed"]);
    expect(LIVE_OR_OVER).toEqual([...LIVE, ...IMPACT_OVER]);
  });

  it("asks nothing at all of declined and merged incidents or their tickets", async () => {
    for (const status of ["declined", "merged"] as const) {
      const result = await evaluateIncident({ ...busy, status }, tickets, context());
      expect(result.decisions, status).toEqual([]);
      expect(
        result.tickets.flatMap((one) => one.decisions),
        status,
      ).toEqual([]);
    }
  });

  it("asks plenty of the same incident while it is live, and the after-work once resolved", async () => {
    const live = await evaluateIncident(busy, tickets, context());
    const over = await evaluateIncident(
      { ...busy, status: "resolved", resolvedAt: minutesBefore(2) },
      tickets,
      context(),
    );
    expect(live.decisions.map((d) => d.action)).toContain("request_support_watcher");
    expect(live.decisions.map((d) => d.action)).not.toContain("review_docs");
    expect(over.decisions.map((d) => d.action)).toEqual(
      expect.arrayContaining(["review_docs", "delete_macro", "postmortem_feedback", "update_team"]),
    );
    expect(over.decisions.map((d) => d.action)).not.toContain("request_support_watcher");
  });

  it("starts every decision's explanation with the status it applied in", async () => {
    const { decisions } = await evaluate({ ...busy, status: "monitoring" }, null, context());
    expect(decisions.length).toBeGreaterThan(3);
    for (const decision of decisions) {
      expect(decision.because[0], decision.ruleId).toEqual(
        expect.objectContaining({ fact: "status", operator: "in", actual: "monitoring" }),
      );
    }
  });
});
