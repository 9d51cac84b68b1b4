import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../test-support.js";

const filler = (text: string) => flaggedWords(findingsOf("vague_filler", "reply", text), text);

describe("vague_filler", () => {
  it.each([
    ["We're working on it.", "We're working on it"],
    ["We’re aware of an issue and will update you.", "We’re aware of an issue"],
    ["Some users may be experiencing issues.", "Some users may be experiencing issues"],
    ["Our engineers are investigating an issue.", "Our engineers are investigating an issue"],
    ["The team is looking into it.", "The team is looking into it"],
    [
      "We are currently experiencing technical difficulties.",
      "experiencing technical difficulties",
    ],
  ])("points at the generic words in %j", (text, words) => {
    expect(filler(text)).toEqual([words]);
  });

  it("flags every generic line in a message that says nothing else", () => {
    expect(filler("We are aware of an issue. We're working on it.")).toEqual([
      "We are aware of an issue",
      "We're working on it",
    ]);
  });

  it("accepts the same words once the message says what users experience", () => {
    expect(
      filler("We're aware of an issue: charts take minutes to load. We're working on it."),
    ).toEqual([]);
  });

  it("accepts specific messages without filler", () => {
    expect(filler("You can't invite teammates right now; everything else works.")).toEqual([]);
  });
});

describe("vague_filler: without a subject", () => {
  it.each([
    ["Investigating reports of problems.", "Investigating reports"],
    ["Engineering is looking into the issue.", "looking into the issue"],
  ])("points at %j", (text, words) => {
    expect(filler(text)).toEqual([words]);
  });
});
