import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  createRedactor,
  credentialSecrets,
  MIN_SECRET_LENGTH,
  NAMED_CREDENTIAL,
  REDACTED,
  SCHEME_CREDENTIAL,
} from "../src/redact.js";

const SECRET = "s3cr3t-api-key-0123456789";

describe("redactor: known secrets", () => {
  const redactor = createRedactor([SECRET]);

  it("replaces the secret itself, its URL encoding and its base64 form", () => {
    const base64 = Buffer.from(SECRET).toString("base64");
    const text = redactor.text(`key ${SECRET} / ${encodeURIComponent(SECRET)} / ${base64}`);
    expect(text).toBe(`key ${REDACTED} / ${REDACTED} / ${REDACTED}`);
  });

  it("ignores secrets shorter than 8 characters: they would mangle ordinary text", () => {
    expect(MIN_SECRET_LENGTH).toBe(8);
    const redactor = createRedactor(["t", "abcdefg", undefined, null]);
    expect(redactor.text("support-watcher abcdefg")).toBe("support-watcher abcdefg");
    expect(createRedactor(["abcdefgh"]).text("x abcdefgh y")).toBe(`x ${REDACTED} y`);
  });
});

describe("redactor: a secret with characters every encoding changes (/+=&%)", () => {
  const CANARY = "k9/Q+z=&%7Tx-canary";
  const redactor = createRedactor([CANARY]);
  const base64 = Buffer.from(CANARY).toString("base64");
  const base64url = Buffer.from(CANARY).toString("base64url");

  it.each([
    ["raw", CANARY],
    ["percent-encoded", encodeURIComponent(CANARY)],
    [
      "percent-encoded, lower-case hex",
      encodeURIComponent(CANARY).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
    ],
    ["form-encoded", new URLSearchParams({ s: CANARY }).toString().slice(2)],
    ["JSON-escaped", JSON.stringify(CANARY).slice(1, -1)],
    ["JSON-escaped with \\/", JSON.stringify(CANARY).slice(1, -1).replaceAll("/", "\\/")],
    ["JSON with \\u escapes", "k9/Q\\u002bz\\u003d\\u0026%7Tx-canary"],
    ["base64", base64],
    ["base64url", base64url],
    ["base64, percent-encoded", encodeURIComponent(base64)],
  ])("replaces the %s form", (_form, echoed) => {
    expect(echoed).not.toBe("");
    expect(redactor.text(`before ${echoed} after`)).toBe(`before ${REDACTED} after`);
  });

  it("scrubs it inside a JSON body, a URL and an error's cause and body", () => {
    const body = JSON.parse(JSON.stringify({ echoed: { key: CANARY } }));
    expect(JSON.stringify(redactor.value(body))).not.toContain(CANARY);
    expect(redactor.url(`https://x.test/a?q=${encodeURIComponent(CANARY)}`)).not.toContain(
      encodeURIComponent(CANARY),
    );
    const error = Object.assign(new Error(`failed with ${CANARY}`), {
      body: { detail: base64 },
      cause: new Error(encodeURIComponent(CANARY)),
    });
    const scrubbed = inspect(redactor.error(error), { depth: 5, showHidden: true });
    for (const form of [CANARY, base64, encodeURIComponent(CANARY)]) {
      expect(scrubbed).not.toContain(form);
    }
  });
});

describe("credentialSecrets: the secrets inside authentication headers", () => {
  it("registers the credential after its scheme, and for Basic the decoded pair and password", () => {
    const basic = Buffer.from("agent@example.com:pa55/word+=&%").toString("base64");
    expect(credentialSecrets([`Basic ${basic}`, "Bearer tok_1234567890"])).toEqual([
      `Basic ${basic}`,
      basic,
      "agent@example.com:pa55/word+=&%",
      "pa55/word+=&%",
      "Bearer tok_1234567890",
      "tok_1234567890",
    ]);
  });

  it("so an echoed base64 of email:password and of email/token:TOKEN is scrubbed", () => {
    const pair = Buffer.from("agent@example.com:pa55/word+=&%").toString("base64");
    const token = Buffer.from("agent@example.com/token:zd_7f3a+/=&%").toString("base64");
    const redactor = createRedactor(credentialSecrets([`Basic ${pair}`, `Basic ${token}`]));
    expect(redactor.text(`got ${pair} and ${token}`)).toBe(`got ${REDACTED} and ${REDACTED}`);
  });
});

describe("redactor: patterns off, for text people read", () => {
  it("keeps 'Basic plan' and 'token: …' prose, and still replaces the known secrets", () => {
    const redactor = createRedactor(["abcdefgh12"], { patterns: false });
    expect(redactor.text("Basic plan customers; token: abcdefgh12")).toBe(
      `Basic plan customers; token: ${REDACTED}`,
    );
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

describe("redactor: the patterns' pre-check", () => {
  // Names, schemes, separators, quotes, spaces, values and letters that only look like ASCII
  // (the Kelvin sign lowercases to "k", dotted capital I to two characters).
  const FRAGMENTS = [
    "token",
    "Token",
    "TOKEN",
    "x-api-key",
    "Api_Key",
    "proxy-Authorization",
    "password",
    "PASSWD",
    "client_secret",
    "Bearer",
    "Basic",
    "OAuth",
    "Digest",
    ":",
    "=",
    '"',
    "'",
    " ",
    "\t",
    "\u00a0",
    "abcdef123",
    "_id",
    '"token_id":"tok_3e8a41c2"',
    ",",
    "}",
    "\u212a",
    "\u0130",
  ];
  const pieces = (length: number): string[] =>
    length === 0 ? [""] : pieces(length - 1).flatMap((head) => FRAGMENTS.map((f) => head + f));

  it("changes nothing: every text is redacted as the regular expressions alone would", () => {
    const redactor = createRedactor();
    let redacted = 0;
    for (const text of [1, 2, 3].flatMap(pieces)) {
      const expected = text
        .replace(NAMED_CREDENTIAL, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`)
        .replace(SCHEME_CREDENTIAL, (_m, scheme: string) => `${scheme} ${REDACTED}`);
      if (expected !== text) redacted++;
      expect(redactor.text(text), JSON.stringify(text)).toBe(expected);
    }
    // The texts hold plenty that is redacted, so the comparison means something.
    expect(redacted).toBeGreaterThan(400);
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
