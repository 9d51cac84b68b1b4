import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Condition } from "../engine/types.js";
import { FACT_DESCRIPTIONS } from "../facts/index.js";
import { ActionSchema, OwnerSchema } from "../schemas/decision.js";
import { NAMED_CONDITIONS } from "./conditions.js";
import { RULES } from "./index.js";
import { CLUSTER_RULES, INCIDENT_RULES, TICKET_RULES } from "./levels.js";
import { HANDBOOK_SECTIONS } from "./sections.js";

/** The facts a condition tests, through the named conditions it refers to. */
const leafFacts = (condition: Condition): string[] =>
  "all" in condition
    ? condition.all.flatMap(leafFacts)
    : "any" in condition
      ? condition.any.flatMap(leafFacts)
      : "condition" in condition
        ? leafFacts(NAMED_CONDITIONS[condition.condition]?.conditions ?? { all: [] })
        : [
            condition.fact,
            ...(typeof condition.value === "object" && !Array.isArray(condition.value)
              ? [(condition.value as { fact: string }).fact]
              : []),
          ];

/** A rule's declarative part: everything but the functions that build its details. */
const dataOf = (rule: (typeof RULES)[number]) => {
  const { details, due, words, detailsSchema, ...data } = rule as typeof rule & {
    due?: unknown;
    words?: unknown;
  };
  return data;
};

describe("the rule index", () => {
  it("holds every rule as plain data that survives a JSON round trip unchanged", () => {
    for (const rule of RULES) {
      const data = dataOf(rule);
      expect(JSON.parse(JSON.stringify(data)), rule.id).toEqual(data);
      expect(Object.keys(rule), rule.id).toEqual(
        expect.arrayContaining(["id", "handbook", "statuses", "conditions", "summary", "details"]),
      );
    }
  });

  it("has one rule per action, with unique ids", () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(RULES.map((rule) => rule.action).sort()).toEqual([...ActionSchema.options].sort());
  });

  it("names the event after the action, a known owner and a handbook section", () => {
    const headings = HANDBOOK_SECTIONS.map((section) => section.heading as string);
    for (const rule of RULES) {
      expect(rule.event.type, rule.id).toBe(rule.action);
      expect(OwnerSchema.options, rule.id).toContain(rule.owner);
      expect(headings, rule.id).toContain(rule.handbook);
    }
  });

  it("only tests facts the catalogue describes", () => {
    for (const rule of RULES) {
      for (const fact of leafFacts(rule.conditions))
        expect(FACT_DESCRIPTIONS, rule.id).toHaveProperty(fact);
    }
  });

  it("keeps each rule in its section's folder with a test file beside it", () => {
    for (const rule of RULES) {
      const slug =
        HANDBOOK_SECTIONS.find((section) => section.heading === rule.handbook)?.slug ?? "";
      const dir = join(import.meta.dirname, slug);
      expect(existsSync(join(dir, `${rule.id}.ts`)), rule.id).toBe(true);
      expect(existsSync(join(dir, `${rule.id}.test.ts`)), rule.id).toBe(true);
    }
  });

  it("splits the rules into incident-level, ticket-level and cluster-level sets", () => {
    expect(INCIDENT_RULES.length + TICKET_RULES.length + CLUSTER_RULES.length).toBe(RULES.length);
    expect(TICKET_RULES.every((rule) => rule.level === "ticket")).toBe(true);
    expect(CLUSTER_RULES.map((rule) => rule.id)).toEqual(["raise-incident"]);
  });
});
