// A policy validates what it is given; given the same object again, unchanged, it reuses the
// result. "Unchanged" is checked against a copy taken at validation, so a changed input is always
// validated anew: nothing stale can come back.
import type { z } from "zod";

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** A plain object's keys and values, in key order. */
class Entries {
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  constructor(keys: readonly string[], values: readonly unknown[]) {
    this.keys = keys;
    this.values = values;
  }
}

/** A copy of plain JSON-like data, or undefined when the value holds anything else. */
function snapshot(value: unknown, depth = 0): { value: unknown } | undefined {
  if (depth > 32) return undefined;
  if (value === null || typeof value !== "object") {
    return typeof value === "function" || typeof value === "symbol" ? undefined : { value };
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (const item of value) {
      const taken = snapshot(item, depth + 1);
      if (!taken) return undefined;
      copy.push(taken.value);
    }
    return { value: copy };
  }
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  const values: unknown[] = [];
  for (const key of keys) {
    const taken = snapshot((value as Record<string, unknown>)[key], depth + 1);
    if (!taken) return undefined;
    values.push(taken.value);
  }
  return { value: new Entries(keys, values) };
}

/**
 * Whether the data still equals the copy: the same keys in the same order and the same values,
 * all the way down (keys in another order count as a change, which only costs a validation).
 */
function unchanged(value: unknown, copy: unknown): boolean {
  if (copy instanceof Entries) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    const known = copy.keys;
    if (keys.length !== known.length) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (key !== known[i]) return false;
      if (!unchanged((value as Record<string, unknown>)[key], copy.values[i])) return false;
    }
    return true;
  }
  if (Array.isArray(copy)) {
    if (!Array.isArray(value) || value.length !== copy.length) return false;
    for (let i = 0; i < copy.length; i++) if (!unchanged(value[i], copy[i])) return false;
    return true;
  }
  return Object.is(value, copy);
}

/** Validated values of one schema, by the input object they came from. */
export class ParseMemo<Output> {
  readonly #known = new WeakMap<object, { copy: unknown; parsed: Output }>();
  readonly #schema: z.ZodType<Output>;
  constructor(schema: z.ZodType<Output>) {
    this.#schema = schema;
  }

  /** The parsed value when this object was validated before and has not changed since. */
  recall(input: unknown): Output | undefined {
    if (typeof input !== "object" || input === null) return undefined;
    const known = this.#known.get(input);
    if (!known) return undefined;
    try {
      return unchanged(input, known.copy) ? known.parsed : undefined;
    } catch {
      // Unreadable now: validating it again reports why.
      return undefined;
    }
  }

  /** Remembers a successful validation of the input. */
  remember(input: unknown, parsed: Output): void {
    if (typeof input !== "object" || input === null) return;
    let taken: { value: unknown } | undefined;
    try {
      taken = snapshot(input);
    } catch {
      taken = undefined;
    }
    if (taken) this.#known.set(input, { copy: taken.value, parsed });
  }

  get schema(): z.ZodType<Output> {
    return this.#schema;
  }
}
