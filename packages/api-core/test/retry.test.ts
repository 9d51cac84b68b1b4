import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, resolveRetryPolicy } from "../src/retry.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it("reads delta-seconds: a non-negative whole number", () => {
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("120", now)).toBe(120_000);
  });

  it("reads an HTTP-date in the future, relative to the injected clock, in all three forms", () => {
    expect(parseRetryAfter("Sun, 01 Mar 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Sunday, 01-Mar-26 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Sun Mar  1 12:00:30 2026", now)).toBe(30_000);
  });

  it.each([
    ["a negative number", "-5"],
    ["two numbers", "12 12"],
    ["a fraction", "1.5"],
    ["an exponent", "1e3"],
    ["a word", "soon"],
    ["an ISO date", "2026-03-01T12:00:30Z"],
    ["a date without its zone", "Sun, 01 Mar 2026 12:00:30"],
    ["a date in the past", "Sun, 01 Mar 2026 11:00:00 GMT"],
    ["the current instant", "Sun, 01 Mar 2026 12:00:00 GMT"],
    ["an empty value", ""],
  ])("ignores %s (%j): the caller falls back to backoff", (_what, header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });

  it("returns undefined when absent", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  const policy = resolveRetryPolicy({ initialDelayMs: 100, maxDelayMs: 1000 });

  it("doubles per retry and applies up to 25% jitter downwards", () => {
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, () => 0))).toEqual([100, 200, 400]);
    expect(backoffDelay(3, policy, () => 0.999)).toBe(300);
  });

  it("is capped at maxDelayMs", () => {
    expect(backoffDelay(10, policy, () => 0)).toBe(1000);
  });
});

describe("resolveRetryPolicy", () => {
  it("fills defaults and treats false as no retries", () => {
    expect(resolveRetryPolicy(undefined)).toEqual(DEFAULT_RETRY);
    expect(resolveRetryPolicy({ maxRetries: 1, initialDelayMs: undefined })).toEqual({
      ...DEFAULT_RETRY,
      maxRetries: 1,
    });
    expect(resolveRetryPolicy(false).maxRetries).toBe(0);
  });
});
