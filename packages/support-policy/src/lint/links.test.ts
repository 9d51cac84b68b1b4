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
