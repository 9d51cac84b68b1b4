import { describe, expect, it } from "vitest";
import { clusterBySignal } from "./cluster.js";

const item = (name: string, ...signals: string[]) => ({ name, signals: new Set(signals) });
const names = (clusters: ReturnType<typeof clusterBySignal<ReturnType<typeof item>>>) =>
  clusters.map((cluster) => [cluster.key, cluster.members.map((member) => member.name)]);

describe("clusterBySignal", () => {
  it("groups items by a shared signal once there are enough of them", () => {
    const items = [
      item("a", "sso"),
      item("b", "sso", "export"),
      item("c", "sso"),
      item("d", "export"),
    ];
    expect(names(clusterBySignal(items, 3, () => 0))).toEqual([["sso", ["a", "b", "c"]]]);
    expect(names(clusterBySignal(items, 2, () => 0))).toEqual([["sso", ["a", "b", "c"]]]);
  });

  it("puts each item in one cluster: better-ranked signals, then bigger groups, go first", () => {
    const items = [item("a", "x", "y"), item("b", "x", "y"), item("c", "y"), item("d", "x")];
    expect(names(clusterBySignal(items, 2, () => 0))).toEqual([["x", ["a", "b", "d"]]]);
    expect(names(clusterBySignal(items, 2, (key) => (key === "y" ? 0 : 1)))).toEqual([
      ["y", ["a", "b", "c"]],
    ]);
  });

  it("breaks ties on the key, whatever the input order", () => {
    const items = [item("a", "q", "p"), item("b", "p", "q")];
    expect(names(clusterBySignal(items, 2, () => 0))).toEqual([["p", ["a", "b"]]]);
    expect(names(clusterBySignal([...items].reverse(), 2, () => 0))).toEqual([["p", ["b", "a"]]]);
  });

  it("forms a later cluster only from the items still free", () => {
    const items = [item("a", "x"), item("b", "x", "y"), item("c", "x", "y"), item("d", "y")];
    expect(names(clusterBySignal(items, 2, () => 0))).toEqual([["x", ["a", "b", "c"]]]);
    const more = [
      item("a", "x"),
      item("b", "x"),
      item("c", "x", "y"),
      item("d", "y"),
      item("e", "y"),
    ];
    expect(names(clusterBySignal(more, 2, () => 0))).toEqual([
      ["x", ["a", "b", "c"]],
      ["y", ["d", "e"]],
    ]);
  });
});
