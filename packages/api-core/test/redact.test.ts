import { describe, expect, it } from "vitest";
import { createRedactor, REDACTED } from "../src/redact.js";

const SECRET = "s3cr3t-api-key-0123456789";

describe("redactor: known secrets", () => {
  const redactor = createRedactor([SECRET]);

  it("replaces the secret itself, its URL encoding and its base64 form", () => {
    const base64 = Buffer.from(SECRET).toString("base64");
    const text = redactor.text(`key ${SECRET} / ${encodeURIComponent(SECRET)} / ${base64}`);
    expect(text).toBe(`key ${REDACTED} / ${REDACTED} / ${REDACTED}`);
  });

  it("ignores secrets too short to redact safely", () => {
    expect(createRedactor(["abc", undefined, null]).text("abc def")).toBe("abc def");
  });
});

describe("redactor: credential-shaped text", () => {
  const redactor = createRedactor();

  it.each([
    ["Authorization: Bearer abcdef123456", `Authorization: ${REDACTED}`],
    ['{"password":"hunter22"}', `{"password":"${REDACTED}"}`],
    ["api_key=xyz987", `api_key=${REDACTED}`],
    ["sent Basic dXNlcjpwYXNzd29yZA== upstream", `sent Basic ${REDACTED} upstream`],
    ["OAuth 89a229ce1a8dbcf9ff30", `OAuth ${REDACTED}`],
  ])("scrubs %j", (input, expected) => {
    expect(redactor.text(input)).toBe(expected);
  });
});

describe("redactor: URLs", () => {
  const redactor = createRedactor();

  it("drops user-info and sensitive query parameters but keeps the rest readable", () => {
    const url = redactor.url(
      "https://me:pw@api.example.com/v1/x?api_key=abc&status_category[one_of]=live&page=2",
    );
    expect(url).toBe(
      `https://api.example.com/v1/x?api_key=${REDACTED}&status_category[one_of]=live&page=2`,
    );
  });

  it("scrubs strings that are not URLs as text", () => {
    expect(redactor.url("not a url token=abc123")).toBe(`not a url token=${REDACTED}`);
  });
});

describe("redactor: values and errors", () => {
  const redactor = createRedactor([SECRET]);

  it("deep-copies objects, scrubbing every string and surviving cycles", () => {
    const input: Record<string, unknown> = { a: [SECRET, 1], nested: { b: `x${SECRET}` } };
    input.self = input;
    const out = redactor.value(input) as Record<string, unknown>;
    expect(out.a).toEqual([REDACTED, 1]);
    expect(out.nested).toEqual({ b: `x${REDACTED}` });
    expect(JSON.stringify(out)).not.toContain(SECRET);
  });

  it("turns an error chain into scrubbed copies keeping name and code", () => {
    const inner = Object.assign(new Error(`connect failed for ${SECRET}`), { code: "ECONNRESET" });
    const outer = new TypeError(`fetch failed ${SECRET}`, { cause: inner });
    const copy = redactor.error(outer) as Error & { cause: Error & { code: string } };
    expect(copy.name).toBe("TypeError");
    expect(copy.message).toBe(`fetch failed ${REDACTED}`);
    expect(copy.stack).not.toContain(SECRET);
    expect(copy.cause.code).toBe("ECONNRESET");
    expect(copy.cause.message).toBe(`connect failed for ${REDACTED}`);
  });
});
