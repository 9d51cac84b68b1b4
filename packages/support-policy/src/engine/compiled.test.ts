import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCompiledEngine } from "./compiled.js";
import { createJsonRulesEngine } from "./json-rules-engine.js";
import type {
  Condition,
  FiredRule,
  Operator,
  RuleEngine,
  RuleSet,
  TopLevelCondition,
} from "./types.js";

const FACTS = ["a", "b", "c", "n", "m"] as const;
const OPERATORS: Operator[] = [
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn",
];

/** Values in and out of every fact's domain: json-rules-engine coerces some of them. */
const valueArb = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 10n),
  fc.constantFrom("", "5", "5abc", "abc", "true", " 7 ", "x"),
  fc.constantFrom([], [3], ["x"], {}, { fact: "a" }),
  // Objects whose comparison runs their own code: a numeric operator calls it, equality does not.
  fc.constantFrom({ valueOf: () => 4 }, { toString: () => "6" }),
);

const leafArb: fc.Arbitrary<Condition> = fc
  .record({
    fact: fc.constantFrom(...FACTS),
    operator: fc.constantFrom(...OPERATORS),
    literal: fc.oneof(
      fc.boolean(),
      fc.integer({ min: -2, max: 10 }),
      fc.constantFrom("x", "5", ""),
      fc.constant(["x", "5"] as string[]),
    ),
    fromFact: fc.option(fc.constantFrom(...FACTS), { freq: 4 }),
  })
  .map(({ fact, operator, literal, fromFact }) => ({
    fact,
    operator,
    // `in` and `notIn` compare against a list; json-rules-engine calls indexOf on the value.
    value:
      operator === "in" || operator === "notIn"
        ? ["x", "5", ""]
        : fromFact === null
          ? literal
          : { fact: fromFact },
  }));

const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie("tree"), { maxLength: 4 }) }),
    fc.record({ any: fc.array(tie("tree"), { maxLength: 4 }) }),
    fc.constantFrom<Condition>({ condition: "named" }, { condition: "other" }),
  ),
}));

const topArb: fc.Arbitrary<TopLevelCondition> = fc.oneof(
  fc.record({ all: fc.array(tree, { maxLength: 4 }) }),
  fc.record({ any: fc.array(tree, { maxLength: 4 }) }),
);

const ruleSetArb: fc.Arbitrary<RuleSet> = fc
  .record({
    rules: fc.array(fc.record({ priority: fc.integer({ min: 1, max: 3 }), conditions: topArb }), {
      minLength: 1,
      maxLength: 6,
    }),
    named: fc.record({ all: fc.array(leafArb, { maxLength: 3 }) }),
    other: fc.record({ any: fc.array(leafArb, { maxLength: 3 }) }),
  })
  .map(({ rules, named, other }) => ({
    rules: rules.map((rule, index) => ({ id: `r${index}`, ...rule })),
    conditions: { named, other },
  }));

const factsArb = fc.record(Object.fromEntries(FACTS.map((fact) => [fact, valueArb])));

/** A run's outcome, errors included, so the two engines can be compared either way. */
const outcome = async (engine: RuleEngine, facts: Record<string, unknown>) => {
  try {
    return { fired: await engine.run(facts) };
  } catch (error) {
    const { message, code } = error as { message: string; code?: string };
    return { error: message, code };
  }
};

describe("the compiled engine against json-rules-engine", () => {
  it("fires the same rules in the same order with the same because, for any rule structure", async () => {
    await fc.assert(
      fc.asyncProperty(
        ruleSetArb,
        fc.array(factsArb, { minLength: 1, maxLength: 4 }),
        async (set, factSets) => {
          const compiled = createCompiledEngine(set);
          const reference = createJsonRulesEngine(set);
          for (const facts of factSets) {
            expect(await outcome(compiled, facts)).toStrictEqual(await outcome(reference, facts));
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("reads each run's own facts, whatever their key order, extra keys or prototype", async () => {
    const set: RuleSet = {
      rules: [
        {
          id: "r",
          priority: 1,
          conditions: {
            all: [
              { fact: "a", operator: "equal", value: 1 },
              { fact: "b", operator: "greaterThan", value: { fact: "a" } },
            ],
          },
        },
      ],
      conditions: {},
    };
    const shadowed = Object.assign(Object.create({ b: 5 }), { a: 1, b: 0 });
    // A for-in loop lists `b` after `a` here, as it would for an own `b`: it is still not a fact.
    const inherited = Object.assign(Object.create({ b: 5 }), { a: 1 });
    const bare = Object.assign(Object.create(null), { b: 2, a: 1 });
    const runs: Record<string, unknown>[] = [
      { a: 1, b: 2 },
      { a: 1, b: 0 },
      { b: 3, a: 1 },
      { a: 1, c: "extra", b: 4 },
      shadowed,
      { a: 1, b: 2 },
      inherited,
      bare,
      { a: 1, b: 2 },
      { a: 1 },
    ];
    // One engine for every run, so a layout learned from one object is checked against the next.
    const compiled = createCompiledEngine(set);
    const reference = createJsonRulesEngine(set);
    const outcomes = [];
    for (const facts of runs) {
      const actual = await outcome(compiled, facts);
      expect(actual).toStrictEqual(await outcome(reference, facts));
      outcomes.push(actual.fired?.length ?? actual.code);
    }
    expect(outcomes).toEqual([1, 0, 1, 1, 0, 1, "UNDEFINED_FACT", 1, 1, "UNDEFINED_FACT"]);
  });

  it("rejects a run missing a fact as json-rules-engine does", async () => {
    const set: RuleSet = {
      rules: [
        { id: "r", priority: 1, conditions: { all: [{ fact: "a", operator: "equal", value: 1 }] } },
      ],
      conditions: {},
    };
    const compiled = await outcome(createCompiledEngine(set), {});
    expect(compiled).toEqual({ error: "Undefined fact: a", code: "UNDEFINED_FACT" });
    expect(await outcome(createJsonRulesEngine(set), {})).toEqual(compiled);
  });

  it("refuses at build time what it cannot evaluate: unknown operators and conditions", () => {
    const leaf = { fact: "a", operator: "like", value: 1 } as unknown as Condition;
    expect(() =>
      createCompiledEngine({
        rules: [{ id: "r", priority: 1, conditions: { all: [leaf] } }],
        conditions: {},
      }),
    ).toThrow("Unknown operator: like");
    expect(() =>
      createCompiledEngine({
        rules: [{ id: "r", priority: 1, conditions: { all: [{ condition: "missing" }] } }],
        conditions: {},
      }),
    ).toThrow("No condition missing exists");
  });

  it("does not let a caller change a rule through the values in because", () => {
    const set: RuleSet = {
      rules: [
        {
          id: "r",
          priority: 1,
          conditions: { all: [{ fact: "s", operator: "in", value: ["x"] }] },
        },
      ],
      conditions: {},
    };
    const [fired] = createCompiledEngine(set).run({ s: "x" }) as FiredRule[];
    expect(Object.isFrozen(fired?.because[0]?.value)).toBe(true);
  });
});
