import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createPolicyAdapter, type PolicyAdapter } from "../src/policy/adapter.js";
import { startServer } from "../src/server.js";
import { errorOf } from "./support/error-of.js";
import { allowLoopback } from "./support/listening.js";
import { TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE, exampleContext } from "./support/world.js";

const body = () => ({ incident: EXAMPLE.incident, context: exampleContext() });

describe("400: bad input", () => {
  it("lists every bad field with its path from the body and the policy's reason", async () => {
    const { post } = testServer();
    const incident = { ...EXAMPLE.incident, severity: "huge", declaredAt: "yesterday" };
    const context = exampleContext({
      now: "2026-06-03T16:00:00",
      team: [{ name: "Zed", timezone: "Mars/Olympus" }],
    });
    const error = await errorOf(
      await post("/v1/evaluate", { incident, context }),
      400,
      "invalid_input",
    );
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      "incident.severity",
      "incident.declaredAt",
      "context.now",
      "context.team[0].timezone",
    ]);
    expect(error.issues?.[3]?.message).toBe("must be an IANA time zone such as Europe/London");
    expect(error.message).toContain("incident.severity");
    expect(error.message).toContain("and 1 more");
  });

  it("rejects an unknown key in the body and in nested input", async () => {
    const { post } = testServer();
    const misspelt = await errorOf(
      await post("/v1/evaluate", { ...body(), tickets: [] }),
      400,
      "invalid_input",
    );
    expect(misspelt.issues).toEqual([{ path: "(body)", message: 'Unrecognized key: "tickets"' }]);
    const { statusPage, ...rest } = EXAMPLE.incident as Record<string, unknown>;
    const nested = await errorOf(
      await post("/v1/evaluate", {
        incident: { ...rest, statuspage: statusPage },
        context: exampleContext(),
      }),
      400,
      "invalid_input",
    );
    expect(nested.issues?.[0]).toEqual({
      path: "incident",
      message: 'Unrecognized key: "statuspage"',
    });
  });

  it("refuses a body that is not JSON, not UTF-8 or empty", async () => {
    const { post } = testServer();
    const notJson = await errorOf(await post("/v1/evaluate", "{ incident: "), 400, "invalid_json");
    expect(notJson.message).toMatch(/^The request body is not valid JSON: /);
    await errorOf(await post("/v1/evaluate", ""), 400, "invalid_json");
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]);
    const notUtf8 = await errorOf(await post("/v1/evaluate", latin1 as never), 400, "invalid_json");
    expect(notUtf8.message).toBe("The request body is not valid UTF-8.");
  });

  it("answers deeply nested JSON with a 400, not a crash", async () => {
    const { post } = testServer();
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    const bare = await errorOf(await post("/v1/evaluate", deep), 400, "invalid_input");
    expect(bare.issues?.[0]?.path).toBe("(body)");
    const inside = `{"incident":${deep},"context":${JSON.stringify(exampleContext())}}`;
    const nested = await errorOf(await post("/v1/evaluate", inside), 400, "invalid_input");
    expect(nested.issues?.[0]?.path).toBe("incident");
  });

  it("does not echo a huge bad value back in full", async () => {
    const { post } = testServer();
    const key = "k".repeat(100_000);
    const response = await post("/v1/evaluate", { ...body(), [key]: 1 });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(2_000);
  });

  it("counts input errors per route and code in the metrics", async () => {
    const { post, request } = testServer();
    await post("/v1/evaluate", "nope");
    await post("/v1/evaluate", { incident: {} });
    const metrics = await (
      await request("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } })
    ).text();
    expect(metrics).toContain(
      'policy_server_input_errors_total{route="/v1/evaluate",code="invalid_json"} 1',
    );
    expect(metrics).toContain(
      'policy_server_input_errors_total{route="/v1/evaluate",code="invalid_input"} 1',
    );
  });
});

describe("401: no valid token", () => {
  it("asks for a bearer token when none is sent, and says a wrong one is wrong", async () => {
    const { request } = testServer();
    const init = {
      method: "POST",
      body: JSON.stringify(body()),
      headers: { "content-type": "application/json" },
    };
    const missing = await request("/v1/evaluate", init);
    expect((await errorOf(missing, 401, "unauthorized")).message).toContain(
      "Authorization: Bearer",
    );
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="support-policy-server"');
    for (const authorization of [
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Basic ${TOKEN}`,
      TOKEN,
      "Bearer",
    ]) {
      const response = await request("/v1/evaluate", {
        ...init,
        headers: { ...init.headers, authorization },
      });
      await errorOf(response, 401, "unauthorized");
    }
  });

  it("guards the rules and metrics too, but not health, readiness or the API document", async () => {
    const { request } = testServer();
    await errorOf(await request("/v1/rules"), 401, "unauthorized");
    await errorOf(await request("/metrics"), 401, "unauthorized");
    for (const path of ["/health", "/ready", "/openapi.json"]) {
      expect((await request(path)).status).toBe(200);
    }
  });

  it("lets anyone on the machine in when the server has no tokens", async () => {
    const { request, log } = testServer({ tokens: [] });
    const response = await request("/v1/evaluate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body()),
    });
    expect(response.status).toBe(200);
    expect(log()[0]?.token_id).toBe("local");
  });
});

describe("413: over the body limit", () => {
  it("refuses by Content-Length before reading, with the limit in the message", async () => {
    const { post } = testServer({ bodyLimit: 1000 });
    const big = JSON.stringify({ ...body(), pad: "x".repeat(2000) });
    const error = await errorOf(await post("/v1/evaluate", big), 413, "payload_too_large");
    expect(error.message).toBe("The request body is larger than 1000 bytes.");
  });

  it("refuses a chunked body without a length, draining it so the client can read the 413", async () => {
    const { request } = testServer({ bodyLimit: 1000 });
    const chunked = (chunks: number, size: number) => {
      const chunk = new Uint8Array(size).fill(0x78);
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          stream.sent += 1;
          if (stream.sent > chunks) controller.close();
          else controller.enqueue(chunk);
        },
      }) as ReadableStream<Uint8Array> & { sent: number };
      stream.sent = 0;
      return stream;
    };
    const send = (body: ReadableStream<Uint8Array>) =>
      request("/v1/evaluate", {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit);
    const small = chunked(10, 400);
    const drained = await send(small);
    await errorOf(drained, 413, "payload_too_large");
    expect(small.sent).toBe(11);
    expect(drained.headers.get("connection")).toBeNull();
    // Past the drain limit (32 MiB) it stops reading and closes the connection instead.
    const huge = chunked(100, 1024 * 1024);
    const cut = await send(huge);
    await errorOf(cut, 413, "payload_too_large");
    expect(huge.sent).toBeLessThan(40);
    expect(cut.headers.get("connection")).toBe("close");
  });

  it("checks a declared length against the body actually read", async () => {
    const { post } = testServer({ bodyLimit: 1000 });
    const big = JSON.stringify({ ...body(), pad: "x".repeat(2000) });
    const response = await post("/v1/evaluate", big, { headers: { "content-length": "900" } });
    await errorOf(response, 413, "payload_too_large");
  });

  it("takes a body exactly at the limit", async () => {
    const text = JSON.stringify(body());
    const { post } = testServer({ bodyLimit: Buffer.byteLength(text) });
    expect((await post("/v1/evaluate", text)).status).toBe(200);
  });

  it("defaults to 1 MiB", async () => {
    const { post } = testServer();
    const padded = JSON.stringify(body()).replace(/}$/, `,"pad":"${"x".repeat(1024 * 1024)}"}`);
    await errorOf(await post("/v1/evaluate", padded), 413, "payload_too_large");
  });
});

describe("415: not JSON", () => {
  it("wants application/json in UTF-8", async () => {
    const { post } = testServer();
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/json; charset=latin1",
    ]) {
      const response = await post("/v1/evaluate", body(), { headers: { "content-type": type } });
      expect((await errorOf(response, 415, "unsupported_media_type")).message).toContain(
        type.split(";")[0],
      );
    }
    const ok = await post("/v1/evaluate", body(), {
      headers: { "content-type": "Application/JSON; charset=UTF-8" },
    });
    expect(ok.status).toBe(200);
  });

  it("takes a body without any Content-Type as JSON", async () => {
    const { request } = testServer();
    const init = (text: string) => ({
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
      body: new TextEncoder().encode(text),
    });
    expect((await request("/v1/evaluate", init(JSON.stringify(body())))).status).toBe(200);
    await errorOf(await request("/v1/evaluate", init("{ nope")), 400, "invalid_json");
  });
});

describe("404 and 405", () => {
  it("answers an unknown path with 404 and a known path with the wrong method with 405 and Allow", async () => {
    const { request } = testServer();
    expect((await errorOf(await request("/v2/evaluate"), 404, "not_found")).message).toContain(
      "/openapi.json",
    );
    const get = await request("/v1/evaluate", { headers: { authorization: `Bearer ${TOKEN}` } });
    await errorOf(get, 405, "method_not_allowed");
    expect(get.headers.get("allow")).toBe("POST");
    const post = await request("/health", { method: "POST" });
    await errorOf(post, 405, "method_not_allowed");
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("429: over the per-token rate limit", () => {
  it("refuses the request past the limit with Retry-After, per token, and refills with time", async () => {
    const other = "another-token-abcdef0123456789";
    const { post, clock } = testServer({ rateLimitPerMinute: 3, tokens: [TOKEN, other] });
    for (let i = 0; i < 3; i++) expect((await post("/v1/evaluate", body())).status).toBe(200);
    const limited = await post("/v1/evaluate", body());
    expect((await errorOf(limited, 429, "rate_limited")).message).toContain("3 requests a minute");
    expect(limited.headers.get("retry-after")).toBe("20");
    const byOther = await post("/v1/evaluate", body(), {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(byOther.status).toBe(200);
    clock.ms += 19_000;
    expect((await post("/v1/evaluate", body())).status).toBe(429);
    clock.ms += 1_000;
    expect((await post("/v1/evaluate", body())).status).toBe(200);
  });

  it("can be turned off", async () => {
    const { post } = testServer({ rateLimitPerMinute: 0 });
    for (let i = 0; i < 5; i++) expect((await post("/v1/evaluate", body())).status).toBe(200);
  });
});

describe("500: the server failed", () => {
  it("hides a failure behind its decision id and logs the stack for the operator", async () => {
    const real = createPolicyAdapter({ now: () => new Date() });
    const broken: PolicyAdapter = {
      ...real,
      evaluate: async () => {
        throw new Error(`engine exploded near ${TOKEN}`);
      },
    };
    const { post, errors, log } = testServer({ policy: broken });
    const response = await post("/v1/evaluate", body());
    const error = await errorOf(response, 500, "internal_error");
    expect(error.message).toContain(response.headers.get("decision-id") ?? "missing");
    expect(error.message).not.toContain("exploded");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("engine exploded");
    expect(errors[0]).toContain("errors.test.ts");
    expect(errors[0]).not.toContain(TOKEN);
    expect(log()[0]).toMatchObject({ status: 500, error: { code: "internal_error" } });
  });

  it("refuses an answer that does not match the policy's schema", async () => {
    const real = createPolicyAdapter({ now: () => new Date() });
    const wrong: PolicyAdapter = {
      ...real,
      evaluate: async (input) => ({
        ...(await real.evaluate(input)),
        result: { blocked: "maybe" } as never,
      }),
    };
    const { post, errors } = testServer({ policy: wrong });
    await errorOf(await post("/v1/evaluate", body()), 500, "internal_error");
    expect(errors[0]).toContain("does not match its schema");
  });
});

describe("503: shutting down and not ready", () => {
  it("refuses new requests once draining, with Connection: close", async () => {
    const { served, request } = testServer();
    await served.drain();
    const response = await request("/health");
    await errorOf(response, 503, "shutting_down");
    expect(response.headers.get("connection")).toBe("close");
    expect(response.headers.get("retry-after")).toBe("1");
  });

  it("is not ready until the policy is warmed up", async () => {
    const { served, request } = testServer();
    served.readiness.ready = false;
    await errorOf(await request("/ready"), 503, "not_ready");
    expect((await request("/health")).status).toBe(200);
    await served.warmUp();
    expect((await request("/ready")).status).toBe(200);
  });
});

describe("413 over a real connection", () => {
  allowLoopback();
  const hasPython = spawnSync("python3", ["--version"]).status === 0;
  const oversized = 5 * 1024 * 1024;

  it("reaches a client that sends the whole body before it reads the answer", async () => {
    const { served } = testServer();
    const running = await startServer(served, { host: "127.0.0.1", port: 0 });
    try {
      const response = await fetch(`${running.url}/v1/evaluate`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: `{"pad":"${"x".repeat(oversized)}"}`,
      });
      await errorOf(response, 413, "payload_too_large");
      if (hasPython) {
        const script = [
          "import sys, urllib.request, urllib.error",
          `body = b'{"pad":"' + b'x' * ${oversized} + b'"}'`,
          `request = urllib.request.Request("${running.url}/v1/evaluate", data=body, method="POST", headers={"Content-Type": "application/json", "Authorization": "Bearer ${TOKEN}"})`,
          "try:",
          "    urllib.request.urlopen(request, timeout=20)",
          "except urllib.error.HTTPError as error:",
          "    print(error.code, error.read().decode())",
        ].join("\n");
        const { stdout } = await promisify(execFile)("python3", ["-c", script], {
          timeout: 30_000,
        });
        expect(stdout).toMatch(/^413 \{"error":\{"code":"payload_too_large"/);
      }
    } finally {
      await running.shutdown(1_000);
    }
  });
});
