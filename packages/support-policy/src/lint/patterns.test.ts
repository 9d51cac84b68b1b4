import { describe, expect, it } from "vitest";
import { handbookText } from "../../test/handbook.js";
import {
  dropContained,
  findAll,
  PLAIN_PUNCTUATION,
  plainTwin,
  TextPattern,
  textPatterns,
} from "./patterns.js";

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

describe("plain twins of the lint's Unicode patterns", () => {
  // Every rule's patterns, registered as their modules load.
  const loaded = Promise.all([import("./lint.js"), import("../match/terms.js")]).then(
    () => textPatterns,
  );

  const random = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };

  /** Texts built from the patterns' own words, the shapes the rules look for, and the handbook. */
  async function texts(): Promise<string[]> {
    const patterns = await loaded;
    const words = [
      ...new Set(patterns.flatMap((pattern) => pattern.source.match(/[a-z0-9']{2,}/gi) ?? [])),
      ...["Stripe's", "can’t", "don’t", "“quoted”", "—", "–", "…", "ETA", "SSO", "2FA", "iOS"],
      ...["10.0.0.1", "256.1.1.1", "fe80::1", "2001:db8::8a2e:370:7334", "12:30", "1.2.3.4.5"],
      ...["api-gateway-prod", "payments_worker_2", "k8s-svc", "#incident-123", "#fff", "#ops"],
      ...["https://status.example.com/x?y=1", "example.com/path", "app.incident.io", "a@b.io"],
      ...["at Foo.bar (file.js:10:5)", "main.py:42", "TypeError:", "goroutine 12 [running]"],
      ...["Traceback (most recent call last)", 'File "x.py", line 3', "in 30 minutes", "by 5pm"],
      // Single characters, so words and numbers run into each other at every boundary.
      ..."0123456789aZ_#@.:".split(""),
    ];
    const separators = [
      " ",
      " ",
      " ",
      "  ",
      "\n",
      ", ",
      ". ",
      "-",
      "_",
      "/",
      "'",
      "’",
      "\u00A0",
      "",
    ];
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const generated = Array.from({ length: 2000 }, () => {
      let text = "";
      for (let count = 2 + Math.floor(next() * 30); count > 0; count--) {
        const word = pick(words);
        const cased =
          next() < 0.2
            ? word.toUpperCase()
            : next() < 0.2
              ? word[0]?.toUpperCase() + word.slice(1)
              : word;
        text += cased + pick(separators);
      }
      return text;
    });
    const handbook = handbookText().split(/\n\s*\n/);
    // Single words too, for the patterns that read one word (`^...$`).
    const single = words.flatMap((word) => [
      word,
      word.toUpperCase(),
      `${word[0]?.toUpperCase()}${word.slice(1)}`,
    ]);
    return [...handbook, ...single, ...generated];
  }

  // Every match, also of the patterns that look for one (a global copy finds them all).
  const matches = (regex: RegExp, text: string) => {
    const global = new RegExp(
      regex.source,
      regex.flags.includes("g") ? regex.flags : `${regex.flags}g`,
    );
    return [...text.matchAll(global)].map((match) => [match.index, [...match], match.indices]);
  };

  it("covers every rule's patterns, each with a twin", async () => {
    const patterns = await loaded;
    expect(patterns.length).toBeGreaterThanOrEqual(21);
    for (const pattern of patterns) {
      const twin = pattern.for("plain text");
      expect(twin.flags, pattern.source).not.toContain("u");
      expect(pattern.for("café")).toBe(pattern.unicode);
    }
  });

  it("find exactly what the Unicode patterns find, on every plain text", async () => {
    const patterns = await loaded;
    let plain = 0;
    let found = 0;
    for (const text of await texts()) {
      if (pattern0(patterns).for(text) === pattern0(patterns).unicode) continue;
      plain++;
      for (const pattern of patterns) {
        const expected = matches(pattern.unicode, text);
        found += expected.length;
        expect(
          matches(pattern.for(text), text),
          `${pattern.source} on ${JSON.stringify(text)}`,
        ).toEqual(expected);
      }
    }
    // The set is broad: most texts are plain, and the patterns find plenty in them.
    expect(plain).toBeGreaterThan(1900);
    expect(found).toBeGreaterThan(3000);
  });

  it("treats the plain punctuation as neither letter nor digit, with no case", () => {
    for (const char of PLAIN_PUNCTUATION) {
      expect(/[\p{L}\p{N}_]/iu.test(char)).toBe(false);
      expect(char.toUpperCase()).toBe(char);
      expect(char.toLowerCase()).toBe(char);
    }
  });

  it("has no twin for what the rewrite does not cover", () => {
    expect(plainTwin("\\p{Script=Greek}", "giu")).toBeUndefined();
    expect(plainTwin("\\P{L}", "gu")).toBeUndefined();
    expect(plainTwin("caf\\u00e9", "giu")).toBeUndefined();
    expect(plainTwin("café", "giu")).toBeUndefined();
    expect(plainTwin("\\u{1F600}", "gu")).toBeUndefined();
    expect(plainTwin("a", "gv")).toBeUndefined();
    expect(plainTwin("[\\p{L}\\p{N}_]x\\p{Lu}", "giu")?.source).toBe("[A-Za-z0-9_]x[A-Z]");
    expect(plainTwin("don['\\u2019]t", "giu")?.flags).toBe("gi");
  });

  it("runs the Unicode pattern on text outside the plain set, so it still finds non-English words", () => {
    const pattern = new TextPattern("(?<![\\p{L}\\p{N}_])x(?![\\p{L}\\p{N}_])", "gu");
    textPatterns.pop();
    expect(findAll(pattern, "éx x").map((match) => match.start)).toEqual([3]);
    expect(findAll(pattern, "ax x").map((match) => match.start)).toEqual([3]);
  });
});

const pattern0 = (patterns: readonly TextPattern[]) => patterns[0] as TextPattern;
