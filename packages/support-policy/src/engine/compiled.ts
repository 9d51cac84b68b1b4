// The default evaluator: each rule's condition JSON compiled once into closures (no eval, no
// generated code), with json-rules-engine 7's results: the same rules fire, in the same order,
// with the same `because`. How json-rules-engine decides each of those is noted where it is copied.
import type { Reason } from "../schemas/reason.js";
import { isFactReference, reasonsFor } from "./reasons.js";
import type {
  Condition,
  EngineRule,
  FactCondition,
  Facts,
  FiredRule,
  Operator,
  RuleEngine,
  RuleSet,
  TopLevelCondition,
} from "./types.js";

/** json-rules-engine's numeric operators only accept a fact whose parseFloat is a number. */
const numeric = (value: unknown): boolean =>
  // A number parses to itself unless it is NaN; anything else goes through parseFloat.
  typeof value === "number"
    ? !Number.isNaN(value)
    : !Number.isNaN(Number.parseFloat(value as string));

type Compare = (actual: never, expected: never) => boolean;

// The operators with json-rules-engine's semantics: strict equality, indexOf (so NaN is never
// "in" a list, and a string list value is searched as a string), JavaScript's relational
// comparison after the numeric check of the fact.
const OPERATORS: Record<Operator, Compare> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b: { indexOf(x: unknown): number }) => b.indexOf(a) > -1,
  notIn: (a, b: { indexOf(x: unknown): number }) => b.indexOf(a) === -1,
  lessThan: (a, b) => numeric(a) && a < b,
  lessThanInclusive: (a, b) => numeric(a) && a <= b,
  greaterThan: (a, b) => numeric(a) && a > b,
  greaterThanInclusive: (a, b) => numeric(a) && a >= b,
};

/** The error json-rules-engine rejects with for a fact that was not given (same message and code). */
export class UndefinedFactError extends Error {
  readonly code = "UNDEFINED_FACT";
  constructor(fact: string) {
    super(`Undefined fact: ${fact}`);
  }
}

/** The facts a rule set reads, by their position in its list of needed facts. */
type Values = readonly unknown[];

/** The explanations of the leaves that held, in rule order. */
type Held = Reason[];

// One check of a list, run by a loop rather than a call: the common leaves as opcodes.
const EQ = 0;
const NE = 1;
const IN = 2;
const NOT_IN = 3;
const LT = 4;
const LE = 5;
const GT = 6;
const GE = 7;
const CALL = 8;
const NAMED = 9;

/** The named conditions' answers within the current run: worked out once, then read. */
interface Answers {
  run: number;
  stamps: Int32Array;
  answers: Uint8Array;
  tests: Array<(values: Values) => boolean>;
}

interface Step {
  op: number;
  slot: number;
  value: unknown;
  set: ReadonlySet<unknown> | null;
  /** For CALL and NAMED: the child's own test. */
  holds: (values: Values) => boolean;
  /** For CALL and NAMED: the child's own recording walk. */
  record: (values: Values, held: Held) => boolean;
  /** For a leaf: its explanation, given the compared value and the fact's value. */
  reason: ((compared: unknown, actual: unknown) => Reason) | null;
}

/** Whether a leaf step holds for the fact's value. */
function leafHolds(step: Step, actual: unknown): boolean {
  switch (step.op) {
    case EQ:
      return actual === step.value;
    case NE:
      return actual !== step.value;
    case IN:
      return (step.set as ReadonlySet<unknown>).has(actual);
    case NOT_IN:
      return !(step.set as ReadonlySet<unknown>).has(actual);
    case LT:
      return numeric(actual) && (actual as number) < (step.value as number);
    case LE:
      return numeric(actual) && (actual as number) <= (step.value as number);
    case GT:
      return numeric(actual) && (actual as number) > (step.value as number);
    default:
      return numeric(actual) && (actual as number) >= (step.value as number);
  }
}

/** Whether some step holds, stopping at the first that does; an empty list holds. */
function anyHolds(steps: readonly Step[], values: Values): boolean {
  if (steps.length === 0) return true;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if (step.op >= CALL ? step.holds(values) : leafHolds(step, values[step.slot])) return true;
  }
  return false;
}

/** Whether some step holds, evaluating and recording all of them (an empty list holds). */
function anyRecord(steps: readonly Step[], values: Values, held: Held): boolean {
  let ok = steps.length === 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if (step.op >= CALL) {
      if (step.record(values, held)) ok = true;
      continue;
    }
    const actual = values[step.slot];
    if (leafHolds(step, actual)) {
      held.push((step.reason as NonNullable<Step["reason"]>)(step.value, actual));
      ok = true;
    }
  }
  return ok;
}

/**
 * Whether every step holds, evaluating every one of them and recording each leaf that held, as
 * json-rules-engine does.
 */
function allRecord(steps: readonly Step[], values: Values, held: Held): boolean {
  let ok = true;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if (step.op >= CALL) {
      if (!step.record(values, held)) ok = false;
      continue;
    }
    const actual = values[step.slot];
    if (leafHolds(step, actual))
      held.push((step.reason as NonNullable<Step["reason"]>)(step.value, actual));
    else ok = false;
  }
  return ok;
}

/** Whether every step holds, stopping at the first that does not. */
function allHold(steps: readonly Step[], values: Values, named?: Answers): boolean {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    const actual = values[step.slot];
    switch (step.op) {
      case EQ:
        if (actual !== step.value) return false;
        break;
      case NE:
        if (actual === step.value) return false;
        break;
      case IN:
        if (!(step.set as ReadonlySet<unknown>).has(actual)) return false;
        break;
      case NOT_IN:
        if ((step.set as ReadonlySet<unknown>).has(actual)) return false;
        break;
      case LT:
        if (!(numeric(actual) && (actual as number) < (step.value as number))) return false;
        break;
      case LE:
        if (!(numeric(actual) && (actual as number) <= (step.value as number))) return false;
        break;
      case GT:
        if (!(numeric(actual) && (actual as number) > (step.value as number))) return false;
        break;
      case GE:
        if (!(numeric(actual) && (actual as number) >= (step.value as number))) return false;
        break;
      case NAMED: {
        const known = named ?? (step.value as Answers);
        const at = step.slot;
        if (known.stamps[at] !== known.run) {
          known.answers[at] = (known.tests[at] as Step["holds"])(values) ? 1 : 0;
          known.stamps[at] = known.run;
        }
        if (known.answers[at] === 0) return false;
        break;
      }
      default:
        if (!step.holds(values)) return false;
    }
  }
  return true;
}

const NUMERIC_OPS: Partial<Record<Operator, number>> = {
  lessThan: LT,
  lessThanInclusive: LE,
  greaterThan: GT,
  greaterThanInclusive: GE,
};

interface Compiled {
  /** This condition as one step of its parent's loop. */
  step: Step;
  /** For an `all` list: its children's steps, which the run loops over directly. */
  steps?: readonly Step[] | undefined;
  /** Whether the condition holds, stopping at the first child that settles it. */
  holds(values: Values): boolean;
  /**
   * Whether it holds, evaluating every child and recording each leaf that held, as
   * json-rules-engine does (its conditions all share one priority, so it evaluates them together).
   */
  record(values: Values, held: Held): boolean;
  /**
   * How many promise settlements json-rules-engine needs for this condition, relative to a leaf.
   * Rules of one priority run in parallel there and their results are recorded as each one
   * settles, so among rules of equal priority the cheaper condition comes first, and rules that
   * settle together keep their order.
   */
  cost: number;
  /** The facts it reads, in the order json-rules-engine looks them up. */
  facts: readonly string[];
  /** Whether a comparison may throw on odd values, so no child may be skipped. */
  mayThrow: boolean;
}

const frozen = <T>(value: T): T => {
  if (Array.isArray(value)) return Object.freeze([...value]) as T;
  if (typeof value === "object" && value !== null) return Object.freeze({ ...value });
  return value;
};

/** A step that calls the condition's own test and recording walk. */
const callStep = (holds: Step["holds"], record: Step["record"]): Step => ({
  op: CALL,
  slot: 0,
  value: undefined,
  set: null,
  holds,
  record,
  reason: null,
});

/**
 * A leaf against a literal as an opcode where there is one with the same answer: a list of
 * strings, numbers and booleans (no NaN) holds a value for indexOf exactly when a Set of them does.
 */
function leafStep(
  operator: Operator,
  value: unknown,
  slot: number,
  holds: Step["holds"],
  record: Step["record"],
  reason: NonNullable<Step["reason"]>,
): Step {
  const step = (op: number, set: ReadonlySet<unknown> | null = null): Step => ({
    op,
    slot,
    value,
    set,
    holds,
    record,
    reason,
  });
  if (operator === "equal") return step(EQ);
  if (operator === "notEqual") return step(NE);
  const numericOp = NUMERIC_OPS[operator];
  if (numericOp !== undefined) return step(numericOp);
  const plain =
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === "string" ||
        typeof item === "boolean" ||
        (typeof item === "number" && !Number.isNaN(item)),
    );
  if (!plain) return callStep(holds, record);
  return step(operator === "in" ? IN : NOT_IN, new Set<unknown>(value as unknown[]));
}

/** Where each fact name sits in the needed-fact list, assigned as leaves are compiled. */
type Slots = Map<string, number>;
const slotOf = (slots: Slots, fact: string): number => {
  let slot = slots.get(fact);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(fact, slot);
  }
  return slot;
};

function compileLeaf(condition: FactCondition, slots: Slots): Compiled {
  const extra = Object.keys(condition).filter(
    (key) => !["fact", "operator", "value"].includes(key),
  );
  if (extra.length > 0) throw new Error(`Unsupported condition keys: ${extra.join(", ")}`);
  const compare = OPERATORS[condition.operator] as
    | ((actual: unknown, expected: unknown) => boolean)
    | undefined;
  if (!compare) throw new Error(`Unknown operator: ${String(condition.operator)}`);
  // The copy in `because` must not let a caller change the rule.
  const { fact, operator } = condition;
  const value = frozen(condition.value);
  const reason = reasonsFor(fact, operator, value);
  if (isFactReference(value)) {
    const from = String(value.fact);
    // The compared value is looked up first, as json-rules-engine does.
    const fromSlot = slotOf(slots, from);
    const slot = slotOf(slots, fact);
    const holds = (values: Values) => compare(values[slot], values[fromSlot]);
    const record = (values: Values, held: Held) => {
      const compared = values[fromSlot];
      const actual = values[slot];
      const ok = compare(actual, compared);
      if (ok) held.push(reason(compared, actual));
      return ok;
    };
    return {
      cost: 0,
      facts: [from, fact],
      // A list operator on a value from a fact calls that value's indexOf.
      mayThrow: condition.operator === "in" || condition.operator === "notIn",
      step: callStep(holds, record),
      holds,
      record,
    };
  }
  const slot = slotOf(slots, fact);
  const record = (values: Values, held: Held) => {
    const actual = values[slot];
    const ok = compare(actual, value);
    if (ok) held.push(reason(value, actual));
    return ok;
  };
  const step = leafStep(
    operator,
    value,
    slot,
    (values) => compare(values[slot], value),
    record,
    reason,
  );
  // An opcode leaf is tested by the loops themselves; only a called one needs its closure.
  if (step.op < CALL) step.holds = (values) => leafHolds(step, values[slot]);
  return { cost: 0, facts: [fact], mayThrow: false, step, holds: step.holds, record };
}

/** `all` and `any`; an empty list holds for both, as in json-rules-engine. */
function compileList(kind: "all" | "any", children: readonly Compiled[]): Compiled {
  const steps = children.map((child) => child.step);
  const count = children.length;
  const all = kind === "all";
  const test: Step["holds"] = all
    ? (values) => allHold(steps, values)
    : (values) => anyHolds(steps, values);
  const record: Step["record"] = all
    ? (values, held) => allRecord(steps, values, held)
    : (values, held) => anyRecord(steps, values, held);
  return {
    step: callStep(test, record),
    steps: all ? steps : undefined,
    holds: test,
    record,
    // Measured on json-rules-engine 7.3.1: an empty list settles 3 steps before a leaf, a single
    // child as fast as that child, several children 4 steps after the slowest.
    cost:
      count === 0
        ? -3
        : count === 1
          ? (children[0]?.cost ?? 0)
          : Math.max(...children.map((child) => child.cost)) + 4,
    facts: children.flatMap((child) => child.facts),
    mayThrow: children.some((child) => child.mayThrow),
  };
}

type Named = Readonly<Record<string, TopLevelCondition>>;

interface Scope {
  named: Named;
  slots: Slots;
  /** Each named condition compiled once; within one run its answer is worked out once. */
  compiledNames: Map<string, Compiled>;
  answers: Answers;
}

function compileCondition(condition: Condition, scope: Scope, using: readonly string[]): Compiled {
  if ("all" in condition || "any" in condition) {
    // A nested list settles one step after its children do.
    const list = compileTop(condition, scope, using);
    return { ...list, cost: list.cost + 1 };
  }
  if ("condition" in condition) {
    const name = condition.condition;
    const known = scope.compiledNames.get(name);
    if (known) return known;
    const target = Object.hasOwn(scope.named, name) ? scope.named[name] : undefined;
    if (!target) throw new Error(`No condition ${name} exists`);
    if (using.includes(name)) throw new Error(`Condition ${name} refers to itself`);
    // A reference is evaluated as the condition it names, in its place.
    const list = compileTop(target, scope, [...using, name]);
    const { answers } = scope;
    const at = answers.tests.length;
    answers.tests.push(list.holds);
    const step: Step = {
      op: NAMED,
      slot: at,
      value: answers,
      set: null,
      holds: list.holds,
      record: list.record,
      reason: null,
    };
    const named: Compiled = {
      ...list,
      cost: list.cost + 1,
      step,
      steps: undefined,
      holds: (values) => allHold([step], values),
    };
    scope.compiledNames.set(name, named);
    return named;
  }
  return compileLeaf(condition, scope.slots);
}

function compileTop(condition: TopLevelCondition, scope: Scope, using: readonly string[]) {
  const [kind, children] =
    "all" in condition ? (["all", condition.all] as const) : (["any", condition.any] as const);
  if (!Array.isArray(children)) throw new Error(`"${kind}" must be an array`);
  return compileList(
    kind,
    children.map((child) => compileCondition(child, scope, using)),
  );
}

/**
 * json-rules-engine's result order: by priority, highest first; within one priority, as the rules
 * settle (cheaper conditions first), rules that settle together in the order they were added.
 */
function runOrder(rules: readonly EngineRule[], costs: readonly number[]): number[] {
  return rules
    .map((rule, index) => ({ index, priority: rule.priority, cost: costs[index] ?? 0 }))
    .sort((a, b) => b.priority - a.priority || a.cost - b.cost || a.index - b.index)
    .map(({ index }) => index);
}

/** Whether comparing the value can run code (an object's valueOf) or throw (a symbol). */
const odd = (value: unknown): boolean => {
  const type = typeof value;
  return type === "symbol" || type === "function" || (type === "object" && value !== null);
};

/** Compiles a rule set once; every run is then plain function calls over the facts. */
export function createCompiledEngine(ruleSet: RuleSet): RuleEngine {
  const scope: Scope = {
    named: ruleSet.conditions,
    slots: new Map(),
    compiledNames: new Map(),
    answers: { run: 0, stamps: new Int32Array(0), answers: new Uint8Array(0), tests: [] },
  };
  const compiled = ruleSet.rules.map((rule) => {
    const priority = Number.parseInt(String(rule.priority), 10);
    if (!(priority > 0)) throw new Error(`Rule ${rule.id}: priority must be greater than zero`);
    return compileTop(rule.conditions, scope, []);
  });
  const order = runOrder(
    ruleSet.rules,
    compiled.map((rule) => rule.cost),
  );
  const ids = order.map((index) => ruleSet.rules[index]?.id ?? "");
  const holds = order.map((index) => compiled[index]?.holds ?? (() => false));
  // A rule whose conditions are an `all` list is looped over here, without a call per rule.
  const stepsOf = order.map((index) => compiled[index]?.steps);
  const { answers } = scope;
  answers.stamps = new Int32Array(answers.tests.length).fill(-1);
  answers.answers = new Uint8Array(answers.tests.length);
  const records = order.map((index) => compiled[index]?.record ?? (() => false));
  // Every fact the rules read, in the order a missing one is reported: rules in run order.
  const needed = [...new Set(order.flatMap((index) => compiled[index]?.facts ?? []))];
  const slotNames = [...scope.slots.keys()];
  const mayThrow = compiled.some((rule) => rule.mayThrow);
  const count = ids.length;
  const values: unknown[] = new Array(slotNames.length);
  // Facts objects built the same way have their keys in the same order: which slot each key
  // fills is worked out once per order of keys (-1 for a fact no rule reads).
  let layout: readonly string[] | undefined;
  let slotAt: Int32Array = new Int32Array(0);

  function learn(facts: Facts): void {
    const keys = Object.keys(facts);
    const missing = needed.find((name) => !keys.includes(name));
    if (missing !== undefined) throw new UndefinedFactError(missing);
    layout = keys;
    slotAt = Int32Array.from(keys, (key) => scope.slots.get(key) ?? -1);
  }

  /**
   * Reads the facts into `values`, once per run: an object's own enumerable keys are its facts.
   * Whether every value compares without side effects is the answer.
   */
  function read(facts: Facts): boolean {
    const proto = Object.getPrototypeOf(facts);
    // A plain object lists only its own keys in a for-in loop, in the order Object.keys does.
    if (proto !== Object.prototype && proto !== null) {
      learn(facts);
      return readSlow(facts);
    }
    const known = layout;
    const at = slotAt;
    if (known === undefined) {
      learn(facts);
      return readSlow(facts);
    }
    let i = 0;
    let plain = !mayThrow;
    for (const key in facts) {
      if (key !== known[i]) {
        learn(facts);
        return readSlow(facts);
      }
      const slot = at[i++] as number;
      if (slot < 0) continue;
      const value = facts[key];
      values[slot] = value;
      if (plain && odd(value)) plain = false;
    }
    if (i !== known.length) {
      learn(facts);
      return readSlow(facts);
    }
    return plain;
  }

  function readSlow(facts: Facts): boolean {
    const all = Object.values(facts);
    for (let i = 0; i < slotAt.length; i++) {
      const slot = slotAt[i] as number;
      if (slot >= 0) values[slot] = all[i];
    }
    return plainValues();
  }

  function plainValues(): boolean {
    if (mayThrow) return false;
    for (let i = 0; i < values.length; i++) if (odd(values[i])) return false;
    return true;
  }

  /** Every rule evaluated in full, as json-rules-engine does: for values a comparison may trip on. */
  const runInFull = (): FiredRule[] => {
    const fired: FiredRule[] = [];
    for (let i = 0; i < count; i++) {
      const held: Held = [];
      if ((records[i] as Compiled["record"])(values, held)) {
        fired.push({ ruleId: ids[i] as string, because: held });
      }
    }
    return fired;
  };

  return {
    run(facts: Facts): FiredRule[] {
      answers.run++;
      if (!read(facts)) return runInFull();
      // Plain values compare without side effects, so a rule may stop at its first failing
      // condition; only a rule that holds is walked again to record its `because`.
      const fired: FiredRule[] = [];
      for (let i = 0; i < count; i++) {
        const steps = stepsOf[i];
        if (!(steps ? allHold(steps, values, answers) : (holds[i] as Compiled["holds"])(values))) {
          continue;
        }
        const held: Held = [];
        (records[i] as Compiled["record"])(values, held);
        fired.push({ ruleId: ids[i] as string, because: held });
      }
      return fired;
    },
  };
}
