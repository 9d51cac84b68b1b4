import { describe, expect, it } from "vitest";
import { WorkQueue } from "../src/webhooks/work-queue.js";
import { deferred } from "./support/listening.js";

/** A queue whose runs wait until the test lets each key finish. */
function queue(capacity: number, concurrency: number) {
  const runs: string[] = [];
  const gates = new Map<string, Array<() => void>>();
  const depths: number[] = [];
  const q = new WorkQueue({
    capacity,
    concurrency,
    onDepth: (depth) => depths.push(depth),
    run: (key) => {
      runs.push(key);
      const gate = deferred<void>();
      gates.set(key, [...(gates.get(key) ?? []), () => gate.resolve()]);
      return gate.promise;
    },
  });
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const finish = async (key: string) => {
    gates.get(key)?.shift()?.();
    await turn();
  };
  return { q, runs, finish, depths, turn };
}

describe("the re-evaluation queue", () => {
  it("runs a key once at a time and gives a burst during a run exactly one more run", async () => {
    const { q, runs, finish, turn } = queue(10, 2);
    expect(q.add("a")).toBe("queued");
    // The caller returns before any work starts.
    expect(runs).toEqual([]);
    await turn();
    expect(runs).toEqual(["a"]);
    expect(q.add("a")).toBe("queued");
    for (let i = 0; i < 18; i++) expect(q.add("a")).toBe("coalesced");
    expect(q.depth).toBe(1);
    await finish("a");
    expect(runs).toEqual(["a", "a"]);
    await finish("a");
    expect(runs).toEqual(["a", "a"]);
    await q.idle();
    expect(q.running).toBe(0);
  });

  it("runs other keys side by side up to the concurrency, the rest in order", async () => {
    const { q, runs, finish, turn } = queue(10, 2);
    for (const key of ["a", "b", "c", "d"]) q.add(key);
    await turn();
    expect(runs).toEqual(["a", "b"]);
    expect(q.add("c")).toBe("coalesced");
    await finish("b");
    expect(runs).toEqual(["a", "b", "c"]);
    await finish("a");
    expect(runs).toEqual(["a", "b", "c", "d"]);
  });

  it("drops keys past its capacity and after stop, and counts its depth", async () => {
    const { q, finish, depths, turn } = queue(2, 1);
    q.add("a");
    await turn();
    expect(q.add("b")).toBe("queued");
    expect(q.add("c")).toBe("queued");
    expect(q.add("d")).toBe("dropped");
    expect(q.depth).toBe(2);
    q.stop();
    await finish("a");
    expect(q.add("e")).toBe("dropped");
    await finish("b");
    await finish("c");
    await q.idle();
    expect(depths.at(-1)).toBe(0);
    expect(Math.max(...depths)).toBe(2);
  });

  it("goes on after a run that rejects", async () => {
    const runs: string[] = [];
    const q = new WorkQueue({
      capacity: 5,
      concurrency: 1,
      run: async (key) => {
        runs.push(key);
        if (key === "bad") throw new Error("boom");
      },
    });
    q.add("bad");
    q.add("good");
    await q.idle();
    expect(runs).toEqual(["bad", "good"]);
  });
});
