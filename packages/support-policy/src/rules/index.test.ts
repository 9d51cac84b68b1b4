import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FACT_DESCRIPTIONS } from "../facts/catalogue.js";
import { ActionSchema, OwnerSchema } from "../schemas/decision.js";
import { CLUSTER_RULES, INCIDENT_RULES, RULES, TICKET_RULES } from "./index.js";
import { HANDBOOK_SECTIONS } from "./sections.js";
import type { Condition } from "./types.js";

const leafFacts = (condition: Condition<string>): string[] =>
  "all" in condition
    ? condition.all.flatMap(leafFacts)
    : "any" in condition
      ? condition.any.flatMap(leafFacts)
      : [
          condition.fact,
          ...(typeof condition.value === "object" && !Array.isArray(condition.value)
            ? [condition.value.fact]
            : []),
        ];

describe("the rule index", () => {
  it("holds every rule as plain data that survives a JSON round trip unchanged", () => {
    for (const rule of RULES) expect(JSON.parse(JSON.stringify(rule)), rule.id).toEqual(rule);
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
