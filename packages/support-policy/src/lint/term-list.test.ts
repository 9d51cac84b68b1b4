import { describe, expect, it } from "vitest";
import { TermMatcher, termMatcher } from "./term-list.js";

const spans = (terms: string[], text: string) =>
  new TermMatcher(terms).findAll(text).map(({ start, end, text: words }) => [start, end, words]);

describe("configured term lists", () => {
  it("match whole words, any case, any whitespace between words, either apostrophe", () => {
    expect(spans(["Kafka Connect"], "KAFKA-connect, Kafka\\nConnect")).toEqual([]);
    expect(spans(["Kafka Connect", "o'brien"], "KAFKA\n  connect and O’Brien")).toEqual([
      [0, 15, "KAFKA\n  connect"],
      [20, 27, "O’Brien"],
    ]);
    expect(spans(["flag"], "flags, preflag and flag.")).toEqual([[19, 23, "flag"]]);
  });

  it("prefer the longest term that fits at a place, and never overlap", () => {
    expect(spans(["data", "data warehouse", "warehouse sync"], "data warehouse sync")).toEqual([
      [0, 14, "data warehouse"],
    ]);
  });

  it("ignore blank terms, and build nothing for a list without a term", () => {
    expect(termMatcher(["", "  "])).toBeUndefined();
    expect(termMatcher(undefined)).toBeUndefined();
    expect(spans(["", "x"], "x y")).toEqual([[0, 1, "x"]]);
  });

  it("keep terms with punctuation literal", () => {
    expect(spans(["C++", "node.js"], "C++ and nodexjs and node.js")).toEqual([
      [0, 3, "C++"],
      [20, 27, "node.js"],
    ]);
  });

  it("build one matcher per list", () => {
    const list = ["one", "two"];
    expect(termMatcher(list)).toBe(termMatcher(list));
    expect(termMatcher([...list])).toBe(termMatcher(list));
  });
});
