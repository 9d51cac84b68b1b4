import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  ApiNetworkError,
  ApiTimeoutError,
  UnexpectedResponseError,
} from "../src/errors.js";
import { createRedactor } from "../src/redact.js";

const SECRET = "zd-token-5fe0c2d9a1b8";

function leakyError() {
  return new ApiError(`GET failed, token ${SECRET}`, {
    vendor: "Zendesk",
    method: "get",
    url: `https://acme.zendesk.com/api/v2/tickets?access_token=${SECRET}`,
    status: 401,
    code: "Unauthorized",
    requestId: "req-1",
    body: { error: "Unauthorized", echoed: `Bearer ${SECRET}` },
    cause: new Error(`socket said ${SECRET}`),
    redactor: createRedactor([SECRET]),
  });
}

describe("ApiError: fields", () => {
  it("carries vendor, status, code, request id, upper-case method and the redacted URL", () => {
    const error = leakyError();
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "ApiError",
      vendor: "Zendesk",
      method: "GET",
      status: 401,
      code: "Unauthorized",
      requestId: "req-1",
    });
    expect(error.url).toBe("https://acme.zendesk.com/api/v2/tickets?access_token=[REDACTED]");
  });

  it("names each subclass in its stack trace and keeps them catchable as ApiError", () => {
    const init = { vendor: "v", method: "GET", url: "https://x.test/" };
    const errors = [
      new ApiTimeoutError("t", { ...init, timeoutMs: 5 }),
      new ApiNetworkError("n", init),
      new UnexpectedResponseError("u", init),
    ];
    expect(errors.map((e) => e.stack?.split(":")[0])).toEqual([
      "ApiTimeoutError",
      "ApiNetworkError",
      "UnexpectedResponseError",
    ]);
    expect(errors.every((e) => e instanceof ApiError)).toBe(true);
  });
});

describe("ApiError: the credential never leaks", () => {
  const error = leakyError();

  it.each([
    ["message", () => error.message],
    ["toString()", () => String(error)],
    ["JSON.stringify", () => JSON.stringify(error)],
    ["util.inspect", () => inspect(error, { depth: 10, showHidden: true })],
    ["stack", () => error.stack ?? ""],
    ["a log line", () => `${error} ${JSON.stringify({ error })}`],
  ])("in %s", (_name, render) => {
    const text = render();
    expect(text).not.toContain(SECRET);
    expect(text.length).toBeGreaterThan(0);
  });

  it("keeps the scrubbed cause for debugging", () => {
    expect((error.cause as Error).message).toBe("socket said [REDACTED]");
    expect(error.toJSON().cause).toBe("Error: socket said [REDACTED]");
  });
});
