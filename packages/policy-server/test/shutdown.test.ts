import { describe, expect, it } from "vitest";
import { createPolicyAdapter, type PolicyAdapter } from "../src/policy/adapter.js";
import { startServer } from "../src/server.js";
import { allowLoopback, deferred, until } from "./support/listening.js";
import { spawnServer } from "./support/spawn-server.js";
import { readJson, TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE, exampleContext } from "./support/world.js";

allowLoopback();

/** A policy whose evaluations wait for `gate`, so a request stays in flight. */
function slowPolicy(gate: Promise<void>): PolicyAdapter {
  const real = createPolicyAdapter({ now: () => new Date() });
  return {
    ...real,
    evaluate: async (body) => {
      await gate;
      return real.evaluate(body);
    },
  };
}

const evaluateRequest = (url: string) =>
  fetch(`${url}/v1/evaluate`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ incident: EXAMPLE.incident, context: exampleContext() }),
  });

describe("graceful shutdown", () => {
  it("finishes in-flight requests, answers new ones 503, then stops listening", async () => {
    const gate = deferred();
    const { served } = testServer({ policy: slowPolicy(gate.promise) });
    const running = await startServer(served, { host: "127.0.0.1", port: 0 });
    const inFlight = evaluateRequest(running.url);
    await until(() => served.inFlight() === 1);

    const stopping = running.shutdown(5_000);
    const during = await fetch(`${running.url}/health`);
    expect(during.status).toBe(503);
    expect((await readJson<{ error: { code: string } }>(during)).error.code).toBe("shutting_down");
    expect(during.headers.get("connection")).toBe("close");

    gate.resolve();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect((await readJson<{ incidentId: string }>(finished)).incidentId).toBe(EXAMPLE.incident.id);
    expect(await stopping).toEqual({ cutOff: 0 });
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });

  it("cuts off what is still running after the timeout, and says how many", async () => {
    const { served } = testServer({ policy: slowPolicy(new Promise(() => {})) });
    const running = await startServer(served, { host: "127.0.0.1", port: 0 });
    const inFlight = evaluateRequest(running.url).then(
      (response) => response.status,
      () => "connection closed",
    );
    await until(() => served.inFlight() === 1);
    const started = Date.now();
    expect(await running.shutdown(200)).toEqual({ cutOff: 1 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await inFlight).toBe("connection closed");
  });

  it("drains on SIGTERM when run as the bin, and exits 0", async () => {
    const server = await spawnServer(["--port", "0", "--config", "examples/server-config.json"], {
      SUPPORT_POLICY_TOKENS: TOKEN,
    });
    expect((await evaluateRequest(server.url)).status).toBe(200);
    expect(await server.stop("SIGTERM")).toBe(0);
    const { stderr, stdout } = server.output;
    expect(stderr).toContain("SIGTERM: draining");
    expect(stderr).toMatch(/stopped\n$/);
    expect(stderr).not.toContain(TOKEN);
    const line = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
    expect(line.route).toBe("/v1/evaluate");
    expect(stdout).not.toContain(TOKEN);
  }, 60_000);
});
