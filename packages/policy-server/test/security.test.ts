import { describe, expect, it } from "vitest";
import { createTokenSet, tokenId } from "../src/http/auth.js";
import { TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE, exampleContext } from "./support/world.js";

const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "cross-origin-resource-policy": "same-origin",
};

describe("security headers", () => {
  it("are on every answer: success, every error, and while shutting down", async () => {
    const { request, post, served } = testServer({ bodyLimit: 50_000 });
    const responses = [
      await request("/health"),
      await post("/v1/evaluate", { incident: EXAMPLE.incident, context: exampleContext() }),
      await post("/v1/evaluate", "not json"),
      await request("/v1/rules"),
      await request("/nowhere"),
      await request("/health", { method: "DELETE" }),
      await post("/v1/evaluate", "x".repeat(60_000)),
      await post("/v1/evaluate", {}, { headers: { "content-type": "text/plain" } }),
      await post("/v1/webhooks/zendesk", {}),
    ];
    await served.drain();
    responses.push(await request("/health"));
    expect(responses.map((response) => response.status)).toEqual([
      200, 200, 400, 401, 404, 405, 413, 415, 503, 503,
    ]);
    for (const response of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${name} on ${response.status}`).toBe(value);
      }
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
  });
});

describe("CORS", () => {
  it("sends no CORS headers by default, so browsers refuse cross-origin calls", async () => {
    const { request } = testServer();
    const preflight = await request("/v1/evaluate", {
      method: "OPTIONS",
      headers: { origin: "https://support.example.com", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const plain = await request("/health", { headers: { origin: "https://support.example.com" } });
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows exactly the configured origins with --cors", async () => {
    const { request } = testServer({ corsOrigins: ["https://support.example.com"] });
    const preflight = await request("/v1/evaluate", {
      method: "OPTIONS",
      headers: {
        origin: "https://support.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(
      "https://support.example.com",
    );
    expect(preflight.headers.get("access-control-allow-headers")).toBe(
      "Authorization,Content-Type",
    );
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,POST");
    const simple = await request("/health", { headers: { origin: "https://support.example.com" } });
    expect(simple.headers.get("access-control-expose-headers")).toContain("Decision-Id");
    const stranger = await request("/health", { headers: { origin: "https://evil.example" } });
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("tokens", () => {
  it("are matched whole and known by an id that is not the token", () => {
    const set = createTokenSet([TOKEN, "second-token-0123456789"]);
    expect(set.match(TOKEN)).toBe(tokenId(TOKEN));
    expect(set.match(`${TOKEN} `)).toBeUndefined();
    expect(set.match(TOKEN.toUpperCase())).toBeUndefined();
    expect(set.match("")).toBeUndefined();
    expect(set.ids).toEqual([tokenId(TOKEN), tokenId("second-token-0123456789")]);
    expect(tokenId(TOKEN)).not.toContain(TOKEN.slice(0, 4));
    expect(tokenId(TOKEN)).toBe(tokenId(TOKEN));
    expect(tokenId(TOKEN)).not.toBe(tokenId(`${TOKEN}x`));
  });

  it("never reach the decision log or the operator's error lines, in any form", async () => {
    const { post, request, logText, errors } = testServer({ logInputs: true });
    const forms = [TOKEN, Buffer.from(TOKEN).toString("base64"), encodeURIComponent(TOKEN)];
    await post("/v1/evaluate", { incident: EXAMPLE.incident, context: exampleContext() });
    // A caller who pastes the token into a text gets it redacted in the log too.
    await post("/v1/lint", { kind: "reply", text: `my token is ${TOKEN}` });
    await post("/v1/evaluate", {
      incident: { ...EXAMPLE.incident, name: TOKEN },
      context: { now: "bad" },
    });
    await request("/v1/evaluate", {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    const everything = logText() + errors.join("\n");
    expect(logText()).toContain("my token is [REDACTED]");
    for (const form of forms) expect(everything).not.toContain(form);
  });
});
