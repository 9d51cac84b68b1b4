import { describe, expect, it } from "vitest";
import { mapConcurrent } from "../src/index.js";

/** A task per item that resolves only when the test says so, recording what is in flight. */
function controlledTasks() {
  const started: number[] = [];
  const finish = new Map<number, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  let inFlight = 0;
  let maxInFlight = 0;
  const work = (item: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(item);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => inFlight--;
      finish.set(item, {
        resolve: (v) => {
          done();
          resolve(v);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
    });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { started, finish, work, settle, maxInFlight: () => maxInFlight };
}

describe("mapConcurrent", () => {
  it("keeps at most `limit` calls in flight, starting the next as one ends", async () => {
    const t = controlledTasks();
    const all = mapConcurrent([1, 2, 3, 4, 5], 2, t.work);
    await t.settle();
    expect(t.started).toEqual([1, 2]);
    t.finish.get(2)?.resolve("two");
    await t.settle();
    expect(t.started).toEqual([1, 2, 3]);
    for (const item of [1, 3, 4, 5]) {
      await t.settle();
      t.finish.get(item)?.resolve(String(item));
    }
    expect(await all).toEqual(["1", "two", "3", "4", "5"]);
    expect(t.maxInFlight()).toBe(2);
  });

  it("returns the results in the order of the items, whatever order they end in", async () => {
    const t = controlledTasks();
    const all = mapConcurrent([1, 2, 3], 3, t.work);
    await t.settle();
    for (const item of [3, 1, 2]) t.finish.get(item)?.resolve(`result ${item}`);
    expect(await all).toEqual(["result 1", "result 2", "result 3"]);
  });

  it("starts nothing after a failure, waits for the calls in flight, then throws the first failure", async () => {
    const t = controlledTasks();
    let settled = false;
    const all = mapConcurrent([1, 2, 3, 4], 2, t.work).finally(() => {
      settled = true;
    });
    await t.settle();
    t.finish.get(1)?.reject(new Error("first"));
    await t.settle();
    expect(t.started).toEqual([1, 2]);
    expect(settled).toBe(false);
    t.finish.get(2)?.reject(new Error("second"));
    await expect(all).rejects.toThrow("first");
    expect(t.started).toEqual([1, 2]);
  });

  it("makes no call for no items", async () => {
    expect(await mapConcurrent([], 4, async () => "never")).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses the limit %j", async (limit) => {
    await expect(mapConcurrent([1], limit, async (x) => x)).rejects.toThrow(
      /mapConcurrent: "limit" must be a whole number ≥ 1/,
    );
  });
});
