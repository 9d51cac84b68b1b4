// The default evaluator: each rule's condition JSON compiled once into plain data that loops walk
// (no eval, no generated code), with json-rules-engine 7's results: the same rules fire, in the
// same order, with the same `because`. How json-rules-engine decides each of those is noted where
// it is copied.
import type { Reason } from "../schemas/reason.js";
import { isFactReference, literalReason, referenceReason } from "./reasons.js";
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

type Compare = (actual: unknown, expected: unknown) => boolean;

// The operators with json-rules-engine's semantics: strict equality, indexOf (so NaN is never
// "in" a list, and a string list value is searched as a string), JavaScript's relational
// comparison after the numeric check of the fact.
const OPERATORS: Record<Operator, Compare> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as { indexOf(x: unknown): number }).indexOf(a) > -1,
  notIn: (a, b) => (b as { indexOf(x: unknown): number }).indexOf(a) === -1,
  lessThan: (a, b) => numeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => numeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => numeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => numeric(a) && (a as number) >= (b as number),
};

/** The error json-rules-engine rejects with for a fact that was not given (same message and code). */
export class UndefinedFactError extends Error {
  readonly code = "UNDEFINED_FACT";
  constructor(fact: string) {
    super(`Undefined fact: ${fact}`);
  }
}

/** The facts a rule set reads, by their slot: the position in its list of read facts. */
type Values = unknown[];

// What one distinct check does, as an opcode the fast path switches on.
const EQ = 0;
const NE = 1;
const IN = 2;
const NOT_IN = 3;
const LT = 4;
const LE = 5;
const GT = 6;
const GE = 7;
/** equal or notEqual against another fact. */
const REF_EQ = 8;
const REF_NE = 9;
/** A numeric operator against another fact. */
const REF_NUMERIC = 10;
/** `in` or `notIn` on a literal list that a Set cannot stand in for (one holding NaN, say). */
const LIST = 11;

const NUMERIC_OPS: Partial<Record<Operator, number>> = {
  lessThan: LT,
  lessThanInclusive: LE,
  greaterThan: GT,
  greaterThanInclusive: GE,
};

/** One distinct comparison; leaves that compare the same fact the same way share it. */
interface Check {
  op: number;
  slot: number;
  /** The slot of the fact the compared value comes from, or -1 for a literal. */
  from: number;
  value: unknown;
  set: ReadonlySet<unknown> | null;
  compare: Compare;
}

/** One leaf as written in a rule, with what its explanation needs. */
interface Leaf {
  fact: string;
  operator: string;
  value: unknown;
  slot: number;
  from: number;
  /** The fact the compared value comes from, for a reference. */
  valueFrom: string;
  compare: Compare;
  check: number;
}

/**
 * A condition as json-rules-engine walks it, for the full run: every child evaluated, in order.
 * A named condition is one shared tree, walked wherever it is referred to.
 */
type Tree = { kind: "leaf"; leaf: Leaf } | { kind: "all" | "any"; children: readonly Tree[] };

/** Whether comparing the value can run code (an object's valueOf) or throw (a symbol). */
const odd = (value: unknown): boolean => {
  const type = typeof value;
  return type === "symbol" || type === "function" || (type === "object" && value !== null);
};

/** A list holds a value for indexOf exactly when a Set of its items does: no NaN, no objects. */
const setLike = (value: unknown): value is readonly unknown[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === "string" ||
      typeof item === "boolean" ||
      (typeof item === "number" && !Number.isNaN(item)),
  );

/** A key that tells two literals apart exactly as `===` and indexOf do (so -0 and NaN too). */
const literalKey = (value: unknown): string | undefined => {
  if (Array.isArray(value)) {
    const keys = value.map(literalKey);
    return keys.includes(undefined) ? undefined : `[${keys.join(",")}]`;
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "boolean" || value === null) return String(value);
  return undefined;
};

interface Compiled {
  tree: Tree;
  /**
   * How many promise settlements json-rules-engine needs for this condition, relative to a leaf.
   * Rules of one priority run in parallel there and their results are recorded as each one
   * settles, so among rules of equal priority the cheaper condition comes first, and rules that
   * settle together keep their order.
   */
  cost: number;
  /** The facts it reads, in the order json-rules-engine looks them up. */
  facts: readonly string[];
  /** Whether a comparison may throw on plain values too, so every run must be a full one. */
  mayThrow: boolean;
}

const frozen = <T>(value: T): T => {
  if (Array.isArray(value)) return Object.freeze([...value]) as T;
  if (typeof value === "object" && value !== null) return Object.freeze({ ...value });
  return value;
};

/** Where each fact name sits in the read-fact list, assigned as leaves are compiled. */
type Slots = Map<string, number>;
const slotOf = (slots: Slots, fact: string): number => {
  let slot = slots.get(fact);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(fact, slot);
  }
  return slot;
};

type Named = Readonly<Record<string, TopLevelCondition>>;

interface Scope {
  named: Named;
  slots: Slots;
  checks: Check[];
  checkKeys: Map<string, number>;
  /** Each named condition compiled once. */
  compiledNames: Map<string, Compiled>;
}

/** The check's index, shared with an identical one already made (when its value has a key). */
function checkOf(scope: Scope, key: string | undefined, check: Check): number {
  const known = key === undefined ? undefined : scope.checkKeys.get(key);
  if (known !== undefined) return known;
  scope.checks.push(check);
  if (key !== undefined) scope.checkKeys.set(key, scope.checks.length - 1);
  return scope.checks.length - 1;
}

function compileLeaf(condition: FactCondition, scope: Scope): Compiled {
  const extra = Object.keys(condition).filter(
    (key) => !["fact", "operator", "value"].includes(key),
  );
  if (extra.length > 0) throw new Error(`Unsupported condition keys: ${extra.join(", ")}`);
  const compare = Object.hasOwn(OPERATORS, condition.operator)
    ? OPERATORS[condition.operator]
    : undefined;
  if (!compare) throw new Error(`Unknown operator: ${String(condition.operator)}`);
  // The copy in `because` must not let a caller change the rule.
  const { fact, operator } = condition;
  const value = frozen(condition.value);
  const list = operator === "in" || operator === "notIn";
  if (isFactReference(value)) {
    const valueFrom = String(value.fact);
    // The compared value is looked up first, as json-rules-engine does.
    const from = slotOf(scope.slots, valueFrom);
    const slot = slotOf(scope.slots, fact);
    const op = operator === "equal" ? REF_EQ : operator === "notEqual" ? REF_NE : REF_NUMERIC;
    const check = checkOf(scope, `${operator} ${slot} ${from}`, {
      op,
      slot,
      from,
      value: undefined,
      set: null,
      compare,
    });
    const leaf: Leaf = { fact, operator, value, slot, from, valueFrom, compare, check };
    // A list operator on a value from a fact calls that value's indexOf.
    return { tree: { kind: "leaf", leaf }, cost: 0, facts: [valueFrom, fact], mayThrow: list };
  }
  const slot = slotOf(scope.slots, fact);
  const key = literalKey(value);
  const op =
    operator === "equal"
      ? EQ
      : operator === "notEqual"
        ? NE
        : !list
          ? (NUMERIC_OPS[operator] as number)
          : !setLike(value)
            ? LIST
            : operator === "in"
              ? IN
              : NOT_IN;
  const set = op === IN || op === NOT_IN ? new Set<unknown>(value as unknown[]) : null;
  const check = checkOf(scope, key === undefined ? undefined : `${op} ${slot} ${key}`, {
    op,
    slot,
    from: -1,
    value,
    set,
    compare,
  });
  const leaf: Leaf = { fact, operator, value, slot, from: -1, valueFrom: "", compare, check };
  // indexOf on anything but a list calls into the fact's value, or is not there at all.
  const mayThrow = list && !Array.isArray(value);
  return { tree: { kind: "leaf", leaf }, cost: 0, facts: [fact], mayThrow };
}

/** `all` and `any`; an empty list holds for both, as in json-rules-engine. */
function compileList(kind: "all" | "any", children: readonly Compiled[]): Compiled {
  const count = children.length;
  return {
    tree: { kind, children: children.map((child) => child.tree) },
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
    const named: Compiled = { ...list, cost: list.cost + 1 };
    scope.compiledNames.set(name, named);
    return named;
  }
  return compileLeaf(condition, scope);
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

/** A tree's leaves in the order json-rules-engine reports them, named conditions expanded. */
function leavesOf(tree: Tree, into: Leaf[] = []): Leaf[] {
  if (tree.kind === "leaf") into.push(tree.leaf);
  else for (const child of tree.children) leavesOf(child, into);
  return into;
}

// Local bindings: a module transformed for tests reaches an imported function through a getter.
const literal = literalReason;
const reference = referenceReason;

/** The explanation of a leaf that held. */
const reasonFor = (leaf: Leaf, values: Values): Reason =>
  leaf.from < 0
    ? literal(leaf.fact, leaf.operator, leaf.value, leaf.value, values[leaf.slot])
    : reference(
        leaf.fact,
        leaf.operator,
        leaf.value,
        values[leaf.from],
        values[leaf.slot],
        leaf.valueFrom,
      );

/**
 * Whether a tree holds, evaluating every child and recording each leaf that held, as
 * json-rules-engine does (its conditions all share one priority, so it evaluates them together).
 */
function record(tree: Tree, values: Values, held: Reason[]): boolean {
  if (tree.kind === "leaf") {
    const { leaf } = tree;
    const ok = leaf.compare(values[leaf.slot], leaf.from < 0 ? leaf.value : values[leaf.from]);
    if (ok) held.push(reasonFor(leaf, values));
    return ok;
  }
  const all = tree.kind === "all";
  let ok = all || tree.children.length === 0;
  for (const child of tree.children) {
    if (record(child, values, held)) {
      if (!all) ok = true;
    } else if (all) ok = false;
  }
  return ok;
}

/**
 * Lists of bits that answer a condition together: all of them set, or any of them (an empty list
 * holds either way). Each list is laid out as (word, mask) pairs.
 */
class Masks {
  readonly any: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly word: number[] = [];
  readonly mask: number[] = [];

  add(any: boolean, bits: readonly number[]): number {
    const words = new Map<number, number>();
    for (const bit of bits) words.set(bit >> 5, (words.get(bit >> 5) ?? 0) | (1 << (bit & 31)));
    this.any.push(any ? 1 : 0);
    this.start.push(this.word.length);
    for (const [word, mask] of [...words].sort((a, b) => a[0] - b[0])) {
      this.word.push(word);
      this.mask.push(mask);
    }
    this.end.push(this.word.length);
    return this.any.length - 1;
  }

  frozen() {
    return {
      any: Uint8Array.from(this.any),
      start: Int32Array.from(this.start),
      end: Int32Array.from(this.end),
      word: Int32Array.from(this.word),
      mask: Int32Array.from(this.mask),
    };
  }
}
type MaskTable = ReturnType<Masks["frozen"]>;

/** Whether mask list `i` holds for the bits. */
function holds(table: MaskTable, i: number, bits: Int32Array): boolean {
  const first = table.start[i] as number;
  const last = table.end[i] as number;
  if (table.any[i] === 0) {
    for (let k = first; k < last; k++) {
      const mask = table.mask[k] as number;
      if (((bits[table.word[k] as number] as number) & mask) !== mask) return false;
    }
    return true;
  }
  if (first === last) return true;
  for (let k = first; k < last; k++) {
    if (((bits[table.word[k] as number] as number) & (table.mask[k] as number)) !== 0) return true;
  }
  return false;
}

/** Whether a tree has an `any` in it: otherwise every leaf of a rule that holds held. */
const hasAny = (tree: Tree): boolean =>
  tree.kind === "any" || (tree.kind === "all" && tree.children.some(hasAny));

/**
 * The fast path's layout: one bit per distinct check (the `equal` checks first, then the others
 * by opcode, so the loops that answer them branch alike), then one bit per list that a list of
 * another kind holds (an `all` inside an `any`, an `any` inside an `all`); an `all` inside an
 * `all` is folded into it. Each rule is then the bits it needs set.
 */
function planOf(checks: readonly Check[], rules: readonly Tree[]) {
  const sorted = checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => a.check.op - b.check.op || a.index - b.index);
  const bitOfCheck = new Int32Array(checks.length);
  sorted.forEach(({ index }, bit) => {
    bitOfCheck[index] = bit;
  });
  const lists = new Masks();
  const listBits = new Map<string, number>();
  const memo = new Map<Tree, number>();
  /** The bits whose conjunction answers the tree. */
  const conjunction = (tree: Tree): number[] =>
    tree.kind === "leaf"
      ? [bitOfCheck[tree.leaf.check] as number]
      : tree.kind === "all"
        ? tree.children.flatMap(conjunction)
        : [bitOf(tree)];
  /** One bit that answers the tree, made for a list when needed (children first). */
  const bitOf = (tree: Tree): number => {
    if (tree.kind === "leaf") return bitOfCheck[tree.leaf.check] as number;
    const known = memo.get(tree);
    if (known !== undefined) return known;
    const bits = tree.kind === "all" ? conjunction(tree) : tree.children.map(bitOf);
    let bit: number;
    if (tree.kind === "all" && bits.length === 1) bit = bits[0] as number;
    else {
      const key = `${tree.kind}(${[...new Set(bits)].sort((a, b) => a - b).join(",")})`;
      bit = listBits.get(key) ?? checks.length + lists.add(tree.kind === "any", bits);
      listBits.set(key, bit);
    }
    memo.set(tree, bit);
    return bit;
  };
  // An `any` rule needs its list's bit; an `all` rule needs every bit of its conjunction.
  const needs = rules.map((tree) => (tree.kind === "all" ? conjunction(tree) : [bitOf(tree)]));
  const ordered = sorted.map(({ check }) => check);
  const words = ((checks.length + lists.any.length) >> 5) + 1;
  const need = new Int32Array(rules.length * words);
  needs.forEach((bits, i) => {
    for (const bit of bits) {
      const at = i * words + (bit >> 5);
      need[at] = (need[at] as number) | (1 << (bit & 31));
    }
  });
  return {
    bitOfCheck,
    op: Uint8Array.from(ordered, (check) => check.op),
    slot: Int32Array.from(ordered, (check) => check.slot),
    from: Int32Array.from(ordered, (check) => check.from),
    value: ordered.map((check) => check.value),
    set: ordered.map((check) => check.set),
    compare: ordered.map((check) => check.compare),
    /** The `equal` checks come first, up to this bit. */
    equalEnd: ordered.filter((check) => check.op === EQ).length,
    lists: lists.frozen(),
    /** Per rule: 1 when a rule that holds held every leaf it has. */
    whole: Uint8Array.from(rules, (tree) => (hasAny(tree) ? 0 : 1)),
    words,
    /** Per rule, `words` words: the bits that must all be set for it to hold. */
    need,
  };
}
type Plan = ReturnType<typeof planOf>;

/**
 * Answers every check and list into `bits`; false when a value could run code in a comparison, so
 * the run must be a full one.
 */
function answer(plan: Plan, values: Values, bits: Int32Array): boolean {
  const { op, slot, from, value, set, compare, equalEnd } = plan;
  const count = op.length;
  // The checks' words are written whole below; the lists' bits are added to cleared words.
  for (let w = (count >> 5) + 1; w < bits.length; w++) bits[w] = 0;
  let word = 0;
  let bit = 0;
  // The most common check, in a loop of its own.
  for (; bit < equalEnd; bit++) {
    if (values[slot[bit] as number] === value[bit]) word |= 1 << (bit & 31);
    if ((bit & 31) === 31) {
      bits[bit >> 5] = word;
      word = 0;
    }
  }
  for (; bit < count; bit++) {
    const actual = values[slot[bit] as number];
    let ok: boolean;
    switch (op[bit]) {
      case NE:
        ok = actual !== value[bit];
        break;
      case IN:
        ok = (set[bit] as ReadonlySet<unknown>).has(actual);
        break;
      case NOT_IN:
        ok = !(set[bit] as ReadonlySet<unknown>).has(actual);
        break;
      case REF_EQ:
        ok = actual === values[from[bit] as number];
        break;
      case REF_NE:
        ok = actual !== values[from[bit] as number];
        break;
      case REF_NUMERIC: {
        const compared = values[from[bit] as number];
        if (odd(actual) || odd(compared)) return false;
        ok = (compare[bit] as Compare)(actual, compared);
        break;
      }
      case LIST:
        // indexOf on a frozen list compares strictly and runs none of the value's code.
        ok = (compare[bit] as Compare)(actual, value[bit]);
        break;
      default: {
        if (typeof actual !== "number" && odd(actual)) return false;
        // A number that is NaN fails every comparison, as the numeric check would.
        if (typeof actual === "number" || numeric(actual)) {
          const a = actual as number;
          const b = value[bit] as number;
          const code = op[bit];
          ok = code === LT ? a < b : code === LE ? a <= b : code === GT ? a > b : a >= b;
        } else ok = false;
      }
    }
    if (ok) word |= 1 << (bit & 31);
    if ((bit & 31) === 31) {
      bits[bit >> 5] = word;
      word = 0;
    }
  }
  bits[count >> 5] = word;
  const { lists } = plan;
  for (let i = 0; i < lists.any.length; i++) {
    const at = count + i;
    if (holds(lists, i, bits)) bits[at >> 5] = (bits[at >> 5] as number) | (1 << (at & 31));
  }
  return true;
}

/** Compiles a rule set once; every run is then loops over the facts and the compiled checks. */
export function createCompiledEngine(ruleSet: RuleSet): RuleEngine {
  const scope: Scope = {
    named: ruleSet.conditions,
    slots: new Map(),
    checks: [],
    checkKeys: new Map(),
    compiledNames: new Map(),
  };
  const compiled = ruleSet.rules.map((rule) => {
    const priority = Number.parseInt(String(rule.priority), 10);
    if (!(priority > 0)) throw new Error(`Rule ${rule.id}: priority must be greater than zero`);
    return compileTop(rule.conditions, scope, []);
  });
  const order = runOrder(
    ruleSet.rules,
    compiled.map((rule) => rule.cost),
  ).map((index) => ({ id: ruleSet.rules[index]?.id ?? "", rule: compiled[index] as Compiled }));
  const count = order.length;
  const ids = order.map(({ id }) => id);
  const trees = order.map(({ rule }) => rule.tree);
  const plan = planOf(scope.checks, trees);
  // Each rule's leaves in reporting order, end to end: a fired rule's `because` is read off them.
  const leaves = trees.map((tree) => leavesOf(tree));
  const leafStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    leafStart[i + 1] = (leafStart[i] as number) + (leaves[i]?.length ?? 0);
  }
  const flatLeaves = leaves.flat();
  const leafBit = Int32Array.from(flatLeaves, (leaf) => plan.bitOfCheck[leaf.check] as number);
  // Every fact the rules read, in the order a missing one is reported: rules in run order.
  const needed = [...new Set(order.flatMap(({ rule }) => rule.facts))];
  const mayThrow = compiled.some((rule) => rule.mayThrow);
  const values: Values = new Array(scope.slots.size).fill(undefined);
  const bits = new Int32Array(plan.words);
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

  /** Reads the facts into `values`, once per run: an object's own enumerable keys are its facts. */
  function read(facts: Facts): void {
    const proto = Object.getPrototypeOf(facts);
    const known = layout;
    // A plain object lists only its own keys in a for-in loop, in the order Object.keys does;
    // another may list inherited ones that look like the learned keys.
    if ((proto !== Object.prototype && proto !== null) || known === undefined) {
      readSlow(facts);
      return;
    }
    const at = slotAt;
    let i = 0;
    for (const key in facts) {
      if (key !== known[i]) {
        readSlow(facts);
        return;
      }
      const slot = at[i++] as number;
      if (slot >= 0) values[slot] = facts[key];
    }
    if (i !== known.length) readSlow(facts);
  }

  function readSlow(facts: Facts): void {
    learn(facts);
    const all = Object.values(facts);
    for (let i = 0; i < slotAt.length; i++) {
      const slot = slotAt[i] as number;
      if (slot >= 0) values[slot] = all[i];
    }
  }

  /** Every rule evaluated in full, as json-rules-engine does: for values a comparison may trip on. */
  function runInFull(): FiredRule[] {
    const fired: FiredRule[] = [];
    for (let i = 0; i < count; i++) {
      const held: Reason[] = [];
      if (record(trees[i] as Tree, values, held)) {
        fired.push({ ruleId: ids[i] as string, because: held });
      }
    }
    return fired;
  }

  // Which of a fired rule's leaves held, gathered before its `because` is made at its size.
  const heldAt = new Int32Array(Math.max(0, ...leaves.map((list) => list.length)));

  return {
    run(facts: Facts): FiredRule[] {
      read(facts);
      if (mayThrow || !answer(plan, values, bits)) return runInFull();
      // Plain values compare without side effects, so every check was answered once; only a rule
      // that holds has its `because` built, from the leaves that held.
      const fired: FiredRule[] = [];
      const { whole, need, words } = plan;
      for (let i = 0; i < count; i++) {
        let missing = 0;
        for (let w = 0, at = i * words; w < words; w++, at++) {
          missing |= (need[at] as number) & ~(bits[w] as number);
        }
        if (missing !== 0) continue;
        const first = leafStart[i] as number;
        const stop = leafStart[i + 1] as number;
        let because: Reason[];
        if (whole[i] === 1) {
          because = new Array(stop - first);
          for (let k = first; k < stop; k++) {
            because[k - first] = reasonFor(flatLeaves[k] as Leaf, values);
          }
        } else {
          let size = 0;
          for (let k = first; k < stop; k++) {
            const bit = leafBit[k] as number;
            if ((((bits[bit >> 5] as number) >>> (bit & 31)) & 1) === 1) heldAt[size++] = k;
          }
          because = new Array(size);
          for (let j = 0; j < size; j++) {
            because[j] = reasonFor(flatLeaves[heldAt[j] as number] as Leaf, values);
          }
        }
        fired.push({ ruleId: ids[i] as string, because });
      }
      return fired;
    },
  };
}
