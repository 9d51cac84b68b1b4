import { describe, expect, it } from "vitest";
import { createInterner, MAX_VALUE_LENGTH, VALUES_KEPT } from "../src/policy/interned.js";
import { EXAMPLE } from "./support/world.js";

const parsedAgain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe("interned request values", () => {
  it("hands out the first object for equal JSON, frozen all the way down", () => {
    const interned = createInterner();
    const first = parsedAgain(EXAMPLE.incident);
    expect(interned(first)).toBe(first);
    const again = parsedAgain(EXAMPLE.incident);
    expect(interned(again)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.roles)).toBe(true);
    expect(Object.isFrozen(first.affectedComponents)).toBe(true);
    expect(() => {
      (first as unknown as { name: string }).name = "changed";
    }).toThrow(TypeError);
    // A value that differs anywhere, even in key order, is a value of its own.
    const renamed = { ...parsedAgain(EXAMPLE.incident), name: "Other" };
    expect(interned(renamed)).toBe(renamed);
    const { id, ...rest } = parsedAgain(EXAMPLE.incident);
    const reordered = { ...rest, id };
    expect(interned(reordered)).toBe(reordered);
  });

  it("passes null, strings and numbers through", () => {
    const interned = createInterner();
    expect(interned(null)).toBeNull();
    expect(interned(undefined)).toBeUndefined();
    expect(interned("INC-1")).toBe("INC-1");
    expect(interned(3)).toBe(3);
  });

  it(`keeps ${VALUES_KEPT} values, dropping the least recently used first`, () => {
    const interned = createInterner();
    const values = Array.from({ length: VALUES_KEPT }, (_, i) => ({ id: String(i) }));
    for (const value of values) interned(value);
    expect(interned({ id: "0" })).toBe(values[0]);
    interned({ id: "new" });
    expect(interned({ id: "0" })).toBe(values[0]);
    expect(interned({ id: "2" })).toBe(values[2]);
    const fresh = { id: "1" };
    expect(interned(fresh)).toBe(fresh);
  });

  it("keeps nothing longer than the length limit, and leaves it unfrozen", () => {
    const interned = createInterner();
    const long = { subject: "x".repeat(MAX_VALUE_LENGTH) };
    expect(interned(long)).toBe(long);
    const twin = { subject: "x".repeat(MAX_VALUE_LENGTH) };
    expect(interned(twin)).toBe(twin);
    expect(Object.isFrozen(long)).toBe(false);
    // At the limit exactly it is still kept.
    const atLimit = { s: "x".repeat(MAX_VALUE_LENGTH - 8) };
    expect(JSON.stringify(atLimit).length).toBe(MAX_VALUE_LENGTH);
    expect(interned(atLimit)).toBe(atLimit);
    expect(interned({ ...atLimit })).toBe(atLimit);
  });

  it("passes through, unkept, a value nested too deeply to write as JSON", () => {
    const interned = createInterner();
    const deep = JSON.parse("[".repeat(200_000) + "]".repeat(200_000));
    expect(interned(deep)).toBe(deep);
    expect(Object.isFrozen(deep)).toBe(false);
  });
});
