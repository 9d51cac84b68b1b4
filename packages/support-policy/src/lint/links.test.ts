import { describe, expect, it } from "vitest";
import { findLinks, parseAddress } from "./links.js";

describe("findLinks", () => {
  it("finds links with and without a scheme, without trailing punctuation", () => {
    const text =
      "See https://status.example.com/incidents/1. Or status.example.io, or (https://a.example.org).";
    expect(findLinks(text).map((link) => text.slice(link.start, link.end))).toEqual([
      "https://status.example.com/incidents/1",
      "status.example.io",
      "https://a.example.org",
    ]);
  });

  it("finds the address inside a Markdown link", () => {
    const text = "[status page](https://status.example.com)";
    expect(findLinks(text).map((link) => link.host)).toEqual(["status.example.com"]);
  });

  it("does not read e-mail addresses or abbreviations as links", () => {
    expect(findLinks("Write to help@example.com, e.g. today.")).toEqual([]);
  });
});

/** The best of three timings of `run`, in milliseconds. */
const fastest = (run: () => unknown) =>
  Math.min(
    ...[1, 2, 3].map(() => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );

describe("findLinks on a large text", () => {
  // A linked and a bare address every 47 characters: 1 MB holds about 42,000 of them.
  const UNIT = "see https://status.example.com/x a.example.com ";
  const linkDense = (size: number) => UNIT.repeat(Math.ceil(size / UNIT.length)).slice(0, size);

  it("finds every address of a 1 MB text, in order, none inside another", () => {
    const text = linkDense(1_000_000);
    const links = findLinks(text);
    expect(links.length).toBeGreaterThan(40_000);
    expect(links.slice(0, 2).map((link) => link.host)).toEqual([
      "status.example.com",
      "a.example.com",
    ]);
    for (let i = 1; i < links.length; i++) {
      expect((links[i] as { start: number }).start).toBeGreaterThanOrEqual(
        (links[i - 1] as { end: number }).end,
      );
    }
  });

  it("takes time linear in the text: ten times the text, about ten times the time", () => {
    const small = linkDense(100_000);
    const large = linkDense(1_000_000);
    findLinks(small);
    // Quadratic work would take a hundred times as long; the margin allows for a busy machine.
    expect(fastest(() => findLinks(large))).toBeLessThan(30 * fastest(() => findLinks(small)));
  });

  it("trims trailing punctuation and slashes without retrying every run of them", () => {
    const dots = `https://example.com/a${".".repeat(200_000)}`;
    const slashes = `example.com/a${"/".repeat(200_000)}`;
    expect(findLinks(dots)[0]).toMatchObject({ end: 21, path: "/a" });
    expect(findLinks(slashes)[0]).toMatchObject({ path: "/a" });
    expect(fastest(() => findLinks(dots))).toBeLessThan(
      30 * fastest(() => findLinks(dots.slice(0, 20_021))),
    );
  });
});

describe("parseAddress", () => {
  it("compares hosts without credentials, port or www and paths without query or trailing slash", () => {
    expect(parseAddress("https://user:secret@WWW.Example.com:8443/Incidents/7/?utm=x#top")).toEqual(
      {
        host: "example.com",
        path: "/incidents/7",
      },
    );
    expect(parseAddress("status.example.com")).toEqual({ host: "status.example.com", path: "/" });
  });

  it("returns nothing for an address without a host", () => {
    expect(parseAddress("https:///path")).toBeUndefined();
  });
});
