// The compiled engine against json-rules-engine on the policy's own rules: random fact sets per
// level, in and out of each fact's domain, must fire the same rules in the same order with the
// same `because`; and a rule broken on one side must be caught.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Level } from "../rules/define-rule.js";
import { ruleSetOf } from "../rules/rule-sets.js";
import { createCompiledEngine } from "./compiled.js";
import { createJsonRulesEngine } from "./json-rules-engine.js";
import type { Condition, FactCondition, RuleEngine, RuleSet } from "./types.js";

const RUNS_PER_LEVEL = 10_000;

/** Every leaf of a condition, through the named conditions it refers to. */
function leaves(condition: Condition, set: RuleSet): FactCondition[] {
  if ("all" in condition) return condition.all.flatMap((child) => leaves(child, set));
  if ("any" in condition) return condition.any.flatMap((child) => leaves(child, set));
  if ("condition" in condition) {
    const named = set.conditions[condition.condition];
    return named ? leaves(named, set) : [];
  }
  return [condition];
}

const OFF_DOMAIN: unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  0.5,
  10n,
  "",
  "3",
  "abc",
  "true",
  true,
  false,
  [],
  [2],
  {},
];

/** Each fact's values: those the rules compare it with and their neighbours, and odd ones. */
function factArbitraries(set: RuleSet): Record<string, fc.Arbitrary<unknown>> {
  const domain = new Map<string, Set<unknown>>();
  const add = (fact: string, value: unknown) => {
    const values = domain.get(fact) ?? new Set();
    values.add(value);
    domain.set(fact, values);
  };
  for (const rule of set.rules) {
    for (const leaf of leaves(rule.conditions, set)) {
      const { fact, value } = leaf;
      if (typeof value === "object" && value !== null && "fact" in value) {
        for (let n = 0; n <= 12; n++) {
          add(fact, n);
          add(value.fact, n);
        }
      } else if (Array.isArray(value)) {
        for (const item of value) add(fact, item);
        add(fact, "other");
      } else if (typeof value === "number") {
        for (const n of [value - 1, value, value + 1, value + 5]) add(fact, n);
      } else if (typeof value === "boolean") {
        add(fact, true);
        add(fact, false);
      } else {
        add(fact, value);
        add(fact, "other");
      }
    }
  }
  return Object.fromEntries(
    [...domain].map(([fact, values]) => [
      fact,
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constantFrom(...OFF_DOMAIN) },
      ),
    ]),
  );
}

/** Fact sets, a third of them made to satisfy one rule first, so that most rules get to fire. */
function factSetsOf(set: RuleSet): fc.Arbitrary<Record<string, unknown>> {
  const random = fc.record(factArbitraries(set));
  const satisfying = fc
    .tuple(random, fc.nat(set.rules.length - 1), fc.nat(3))
    .map(([facts, index, keep]) => {
      const rule = set.rules[index];
      if (!rule) return facts;
      const held: Record<string, unknown> = { ...facts };
      leaves(rule.conditions, set).forEach((leaf, position) => {
        // Leave some conditions random, so near misses are tried too.
        if (position % 4 === keep) return;
        const { value } = leaf;
        if (typeof value === "object" && value !== null && "fact" in value) return;
        const target = Array.isArray(value) ? value[0] : value;
        held[leaf.fact] =
          leaf.operator === "notEqual" || leaf.operator === "notIn"
            ? "other"
            : leaf.operator === "greaterThan"
              ? (target as number) + 1
              : leaf.operator === "lessThan"
                ? (target as number) - 1
                : target;
      });
      return held;
    });
  return fc.oneof({ weight: 2, arbitrary: random }, { weight: 1, arbitrary: satisfying });
}

const outcome = async (engine: RuleEngine, facts: Record<string, unknown>) => {
  try {
    return { fired: await engine.run(facts) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** Runs both engines on the same fact sets; the compiled one may be built from other rules. */
function differential(level: Level, numRuns: number, compiledFrom?: RuleSet) {
  const set = ruleSetOf(level);
  const compiled = createCompiledEngine(compiledFrom ?? set);
  const reference = createJsonRulesEngine(set);
  let fired = 0;
  const rules = new Set<string>();
  const property = fc.asyncProperty(factSetsOf(set), async (facts) => {
    const expected = await outcome(reference, facts);
    const actual = await outcome(compiled, facts);
    expect(actual).toStrictEqual(expected);
    if (expected.fired?.length) fired++;
    for (const hit of expected.fired ?? []) rules.add(hit.ruleId);
  });
  return {
    run: () => fc.check(property, { numRuns, seed: 20_260_603 }),
    /** How many fact sets fired a rule, and which rules fired at all. */
    fired: () => ({ sets: fired, rules: [...rules].sort() }),
  };
}

describe("the compiled engine and json-rules-engine on the policy's rules", () => {
  for (const level of ["incident", "ticket", "cluster"] as const) {
    it(`fire the same ${level} rules, in the same order, with the same because, on ${RUNS_PER_LEVEL} fact sets`, async () => {
      const check = differential(level, RUNS_PER_LEVEL);
      const result = await check.run();
      expect(result.failed, fc.defaultReportMessage(result)).toBe(false);
      expect(result.numRuns).toBe(RUNS_PER_LEVEL);
      // Enough fires for the comparison to mean something: every rule, on many of the sets.
      expect(check.fired().rules).toEqual(
        ruleSetOf(level)
          .rules.map((rule) => rule.id)
          .sort(),
      );
      expect(check.fired().sets).toBeGreaterThan(RUNS_PER_LEVEL / 4);
    }, 120_000);
  }
});

/** The rule set with one rule changed by `change`. */
function broken(level: Level, id: string, change: (rule: RuleSet["rules"][number]) => object) {
  const set = ruleSetOf(level);
  return {
    ...set,
    rules: set.rules.map((rule) => (rule.id === id ? { ...rule, ...change(rule) } : rule)),
  } as RuleSet;
}

const withLeaf = (conditions: { all: readonly Condition[] }, at: number, leaf: Condition) => ({
  all: conditions.all.map((child, index) => (index === at ? leaf : child)),
});

describe("the differential test catches a broken rule", () => {
  const cases: Array<[string, Level, RuleSet]> = [
    [
      "an operator changed (greaterThanInclusive for greaterThan)",
      "incident",
      broken("incident", "fix-macro", (rule) => ({
        conditions: withLeaf(rule.conditions as { all: Condition[] }, 2, {
          fact: "macroErrorCount",
          operator: "greaterThanInclusive",
          value: 0,
        }),
      })),
    ],
    [
      "a condition dropped",
      "ticket",
      broken("ticket", "attach-ticket", (rule) => ({
        conditions: { all: (rule.conditions as { all: Condition[] }).all.slice(0, -1) },
      })),
    ],
    [
      "a priority changed, which reorders the fired rules",
      "ticket",
      broken("ticket", "fix-reply", () => ({ priority: 55 })),
    ],
    [
      "a compared value changed",
      "cluster",
      broken("cluster", "raise-incident", () => ({
        conditions: {
          all: [{ fact: "clusterTicketCount", operator: "greaterThanInclusive", value: 3 }],
        },
      })),
    ],
  ];
  it.each(cases)("%s", async (_, level, set) => {
    const result = await differential(level, 2_000, set).run();
    expect(result.failed).toBe(true);
  });
});
