// The server under load on 127.0.0.1, in a process of its own: bare GET /health against
// POST /v1/evaluate with realistic bodies (the handbook situations of the bundled example, incident
// and ticket level, full context), one after the other on the same server, then a 60 s soak of
// /v1/evaluate that samples the server's memory. Requests/s, p50 and p99 and their ratios.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import nock from "nock";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ServerProcess, spawnServer } from "../test/support/spawn-server.js";
import { TOKEN } from "../test/support/test-server.js";
import { handbookScenarios } from "../test/support/world.js";

const CONNECTIONS = 10;
const RUN_SECONDS = 10;
const SOAK_SECONDS = 60;
const SAMPLE_EVERY_MS = 5_000;

let server: ServerProcess;
let workDir: string;
const run = promisify(execFile);

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  workDir = mkdtempSync(join(tmpdir(), "policy-server-bench-"));
  server = await spawnServer(
    ["--port", "0", "--rate-limit", "0", "--log", join(workDir, "decisions.jsonl")],
    // With tokens it would listen on every address; the load stays on loopback.
    { SUPPORT_POLICY_TOKENS: TOKEN, SUPPORT_POLICY_HOST: "127.0.0.1" },
    ["--expose-gc", "--import", fileURLToPath(new URL("./gc-on-signal.mjs", import.meta.url))],
  );
}, 60_000);

afterAll(async () => {
  await server?.stop();
  nock.disableNetConnect();
});

const evaluateRequests = handbookScenarios().map(({ incident, ticket, context }) => ({
  method: "POST" as const,
  path: "/v1/evaluate",
  headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
  body: JSON.stringify({ incident, ticket, context }),
}));

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** One autocannon run, from a process of its own (see load-client.mjs). */
async function load(options: Record<string, unknown>): Promise<Figures> {
  const file = join(workDir, `load-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ url: server.url, connections: CONNECTIONS, ...options }));
  const { stdout } = await run(
    process.execPath,
    [fileURLToPath(new URL("./load-client.mjs", import.meta.url)), file],
    {
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as Figures;
}

const health = (seconds: number) =>
  load({ duration: seconds, requests: [{ method: "GET", path: "/health" }] });
const evaluate = (seconds: number) => load({ duration: seconds, requests: evaluateRequests });

/** The server's live heap right after a full collection, and its resident memory. */
async function memory(): Promise<{ heapMb: number; rssMb: number }> {
  const seen = server.output.stderr.length;
  server.child.kill("SIGUSR2");
  const line = /live-heap (\d+) rss (\d+)\n/;
  const deadline = Date.now() + 2_000;
  while (!line.test(server.output.stderr.slice(seen)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const [, heap = "NaN", rss = "NaN"] = line.exec(server.output.stderr.slice(seen)) ?? [];
  return { heapMb: Number(heap) / 2 ** 20, rssMb: Number(rss) / 2 ** 20 };
}

// autocannon's latencies are whole milliseconds: 0 means under one.
const ms = (value: number) => (value < 1 ? "<1" : format(value));
const spread = (f: Figures) => (f.p50 < 1 ? "-" : `${format(f.p99 / f.p50, 1)}×`);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const format = (n: number, digits = 0) =>
  n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

test(
  "GET /health against POST /v1/evaluate on one server, then a 60 s soak",
  async () => {
    expect(evaluateRequests.length).toBeGreaterThanOrEqual(30);
    // Warm both paths (JIT, the rule engines, lint caches) before anything is measured.
    await health(2);
    await evaluate(3);

    const healthy = await health(RUN_SECONDS);
    const evaluated = await evaluate(RUN_SECONDS);
    const rows = [
      ["GET /health", healthy],
      ["POST /v1/evaluate", evaluated],
    ] as const;
    console.log(
      [
        `${CONNECTIONS} connections, ${RUN_SECONDS} s each, ${evaluateRequests.length} different evaluate bodies`,
        "route                 requests/s    p50 ms    p99 ms   p99/p50",
        ...rows.map(
          ([name, f]) =>
            `${name.padEnd(20)} ${format(f.rps).padStart(11)} ${ms(f.p50).padStart(9)} ${ms(f.p99).padStart(9)} ${spread(f).padStart(9)}`,
        ),
        `evaluate / health throughput: ${format((100 * evaluated.rps) / healthy.rps, 1)}% (goal ≥ 30%)`,
        `evaluate p99 / p50: ${spread(evaluated)} (goal < 10×)`,
      ].join("\n"),
    );
    for (const [, f] of rows) {
      expect(f.errors).toBe(0);
      expect(f.non2xx).toBe(0);
      expect(f.rps).toBeGreaterThan(0);
    }

    // The soak: steady evaluate load while the server's memory is read every few seconds.
    const samples: Array<{ at: number; heapMb: number; rssMb: number }> = [];
    const started = Date.now();
    const soak = evaluate(SOAK_SECONDS);
    const sampler = setInterval(() => {
      memory().then((m) => samples.push({ at: Math.round((Date.now() - started) / 1000), ...m }));
    }, SAMPLE_EVERY_MS);
    const soaked = await soak;
    clearInterval(sampler);
    const third = Math.max(1, Math.floor(samples.length / 3));
    const early = median(samples.slice(0, third).map((s) => s.heapMb));
    const late = median(samples.slice(-third).map((s) => s.heapMb));
    console.log(
      [
        `soak: ${SOAK_SECONDS} s of POST /v1/evaluate, ${format(soaked.rps)} requests/s, p50 ${format(soaked.p50, 1)} ms, p99 ${format(soaked.p99, 1)} ms`,
        `live heap after a full GC (MB), every ${SAMPLE_EVERY_MS / 1000} s: ${samples.map((s) => format(s.heapMb, 1)).join(" ")}`,
        `resident (MB): ${samples.map((s) => format(s.rssMb)).join(" ")}`,
        `heap median, first third ${format(early, 1)} MB, last third ${format(late, 1)} MB (${format((100 * (late - early)) / early, 1)}%)`,
      ].join("\n"),
    );
    expect(soaked.errors).toBe(0);
    expect(soaked.non2xx).toBe(0);
    expect(samples.length).toBeGreaterThanOrEqual(SOAK_SECONDS / (SAMPLE_EVERY_MS / 1000) - 2);
    // A leak of even 100 bytes a request would add several MB to the live heap over the soak.
    expect(late - early).toBeLessThan(2);
  },
  (RUN_SECONDS * 2 + SOAK_SECONDS + 60) * 1000,
);
