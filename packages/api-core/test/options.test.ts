import { describe, expect, it } from "vitest";
import { ClientConfigError } from "../src/errors.js";
import {
  requireOptions,
  requireString,
  resolveBaseUrl,
  validateClientOptions,
} from "../src/options.js";

const F = "createThingClient";

describe("option checks", () => {
  it("requires an options object", () => {
    expect(() => requireOptions(F, undefined, "apiKey")).toThrow(
      new ClientConfigError(`${F}: expected an options object with apiKey`),
    );
  });

  it("names a missing credential without echoing any value", () => {
    expect(() => requireString(F, "apiKey", "  ")).toThrow(
      `${F}: option "apiKey" must be a non-empty string`,
    );
  });

  it("normalises baseUrl and rejects relative URLs or embedded credentials", () => {
    expect(resolveBaseUrl(F, "https://x.test/v1/", "https://d.test")).toBe("https://x.test/v1");
    expect(resolveBaseUrl(F, undefined, "https://d.test")).toBe("https://d.test");
    expect(() => resolveBaseUrl(F, "/v1", "https://d.test")).toThrow(
      /"baseUrl" must be an absolute http\(s\) URL/,
    );
    expect(() => resolveBaseUrl(F, "https://u:p@x.test", "https://d.test")).toThrow(
      /must not carry credentials/,
    );
  });

  it.each([
    [{ timeoutMs: -1 }, /"timeoutMs" must be a number of milliseconds/],
    [{ retry: { maxRetries: 1.5 } }, /"retry.maxRetries" must be a whole number/],
    [{ retry: { retries: 3 } }, /unknown option "retry.retries"/],
    [{ retry: { retryNonIdempotent: "yes" } }, /"retry.retryNonIdempotent" must be a boolean/],
    [{ rateLimit: { requests: 0, perMs: 1000 } }, /"rateLimit" must be false or/],
    [{ fetch: "global" }, /"fetch" must be a function/],
    [{ userAgent: 42 }, /"userAgent" must be a string/],
  ])("rejects %j", (options, message) => {
    expect(() => validateClientOptions(F, options as never)).toThrow(message);
  });

  it("accepts the documented shapes", () => {
    expect(() =>
      validateClientOptions(F, {
        timeoutMs: 0,
        retry: { maxRetries: 0, retryNonIdempotent: true },
        rateLimit: false,
        sleep: async () => {},
      }),
    ).not.toThrow();
  });
});
