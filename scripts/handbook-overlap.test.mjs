// The repository says the handbook in its own words: no committed file shares a run of seven
// words with it, except across its section headings (how the project cites it) and runs of
// function words alone. The handbook is read at test time.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  handbookPath,
  handbookScanner,
  isCommonPhrase,
  repositoryOverlaps,
} from "./handbook-overlap.mjs";

const handbook = readFileSync(handbookPath, "utf8");
const scanner = handbookScanner(handbook);

/** A run of the handbook's own words, taken from it at test time (never pasted here). */
function handbookRun(section, from, count) {
  const body = handbook.split(/^## /m).find((part) => part.startsWith(`${section}\n`));
  if (body === undefined) throw new Error(`the handbook has no section "${section}"`);
  const words = body.slice(section.length + 1).match(/[A-Za-z0-9'’]+/g) ?? [];
  return words.slice(from, from + count).join(" ");
}

describe("the handbook overlap scan", () => {
  it("finds seven of the handbook's words in a row, on the line they start", () => {
    const copied = handbookRun("Handing over across timezones", 0, 12);
    const found = scanner.overlaps(`A heading\n\nIntro, then ${copied}.`);
    expect(found.length).toBe(12 - 7 + 1);
    expect(found[0]?.line).toBe(3);
  });

  it("does not count six words in a row", () => {
    expect(scanner.overlaps(handbookRun("Handing over across timezones", 0, 6))).toEqual([]);
  });

  it("reads a typographic apostrophe as a plain one", () => {
    const copied = handbookRun("Handing over across timezones", 0, 20).replaceAll("'", "\u2019");
    expect(scanner.overlaps(copied).length).toBeGreaterThan(0);
  });

  it("allows section headings, cited next to each other or next to words the handbook puts there", () => {
    const text = [
      'Handbook: "When an incident is declared". When an incident is declared, see the table.',
      "| Raising an incident | Your role during an incident | When an incident is declared |",
      "## Creating a macro for the incident",
    ].join("\n");
    expect(scanner.overlaps(text)).toEqual([]);
  });

  it("allows runs of function words alone, and nothing with a word of substance", () => {
    expect(isCommonPhrase("what we do when we do it")).toBe(true);
    expect(isCommonPhrase("what we do when we fix it")).toBe(false);
  });

  it("finds nothing in any committed file", () => {
    expect(repositoryOverlaps(scanner)).toEqual([]);
  });
});
