import { describe, expect, it } from "vitest";
import { dropContained } from "./patterns.js";

const span = (start: number, end: number, id = "") => ({ start, end, id });

describe("dropContained", () => {
  it("keeps overlapping matches and drops the ones inside another", () => {
    const matches = [span(3, 10, "b"), span(0, 5, "a"), span(6, 9, "inside b"), span(12, 14, "c")];
    expect(dropContained(matches).map((match) => match.id)).toEqual(["a", "b", "c"]);
  });

  it("keeps the longer of two matches that start together", () => {
    expect(dropContained([span(0, 6, "short"), span(0, 12, "long")]).map((m) => m.id)).toEqual([
      "long",
    ]);
  });

  it("keeps the earlier of two equal matches", () => {
    expect(dropContained([span(2, 4, "first"), span(2, 4, "second")]).map((m) => m.id)).toEqual([
      "first",
    ]);
  });
});
