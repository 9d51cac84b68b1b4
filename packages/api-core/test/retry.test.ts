import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, resolveRetryPolicy } from "../src/retry.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter(" 1.5 ", now)).toBe(1500);
  });

  it("reads an HTTP-date relative to the injected clock", () => {
    expect(parseRetryAfter("Sun, 01 Mar 2026 12:00:30 GMT", now)).toBe(30_000);
  });

  it("never returns a negative delay for a date in the past", () => {
    expect(parseRetryAfter("Sun, 01 Mar 2026 11:00:00 GMT", now)).toBe(0);
  });

  it("returns undefined when absent or unreadable", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
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
