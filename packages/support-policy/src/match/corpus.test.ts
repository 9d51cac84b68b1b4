// Ticket matching measured on a labelled corpus (test/match-corpus.ts): thirty-one incidents of
// different products, each with tickets about it and tickets that only share generic words or the
// product; every related subject is also tried against the incidents of other families.
import { describe, expect, it } from "vitest";
import { MATCH_CORPUS } from "../../test/match-corpus.js";
import { scoreCorpus } from "../../test/match-corpus-score.js";

describe("matchTickets on the labelled corpus", () => {
  const score = scoreCorpus();

  it("holds a few hundred labelled incident/subject pairs", () => {
    const related = MATCH_CORPUS.reduce((sum, entry) => sum + entry.related.length, 0);
    const unrelated = MATCH_CORPUS.reduce((sum, entry) => sum + entry.unrelated.length, 0);
    expect(related).toBeGreaterThanOrEqual(150);
    expect(unrelated).toBeGreaterThanOrEqual(150);
    expect(score.crossPairs).toBeGreaterThan(5000);
  });

  it("has a precision of at least 0.95", () => {
    expect(score.precision, score.mistakes.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("has a recall of at least 0.85", () => {
    expect(score.recall, score.mistakes.join("\n")).toBeGreaterThanOrEqual(0.85);
  });

  it("relates under 1% of the subjects about other products", () => {
    expect(score.crossMatches / score.crossPairs).toBeLessThan(0.01);
  });
});
