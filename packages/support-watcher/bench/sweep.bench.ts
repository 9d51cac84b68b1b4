// A sweep over an incident with 2,000 related tickets against the simulated vendors served over
// HTTP on 127.0.0.1: wall time of the dry run and of --apply (ratios in one run), and the HTTP
// requests --apply makes by kind, next to the fewest the vendor APIs allow.
import nock from "nock";
import { afterAll, beforeAll, expect, test } from "vitest";
import { FakeVendors } from "../test/support/fake-vendors.js";
import { runCli } from "../test/support/run-cli.js";
import { type HttpVendors, serveOverHttp } from "../test/support/serve-over-http.js";
import { workspace } from "../test/support/workspace.js";
import { bigIncident, CONFIG } from "../test/support/world.js";

const TICKETS = 2000;
const SEARCH_PAGE = 1000;
const IDS_PER_UPDATE_MANY = 100;

let server: HttpVendors;
let last: FakeVendors;
const cwd = workspace({ "support-watcher.config.json": CONFIG });
const fresh = () => {
  last = new FakeVendors(bigIncident(TICKETS));
  server.use(last);
};
const sweep = async (apply: boolean) => {
  const { code } = await runCli(["sweep", "INC-2417", ...(apply ? ["--apply"] : []), "--json"], {
    env: server.env,
    cwd,
  });
  if (code !== 0) throw new Error(`sweep exited ${code}`);
};

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  server = await serveOverHttp(new FakeVendors(bigIncident(TICKETS)));
});
afterAll(async () => {
  await server.close();
  nock.disableNetConnect();
});

test(`sweep over ${TICKETS} related tickets: dry run vs --apply`, async ({ bench }) => {
  await bench.compare(
    bench("sweep (read and plan only)", { beforeEach: fresh }, () => sweep(false)),
    bench("sweep --apply (plan, tag, attach)", { beforeEach: fresh }, () => sweep(true)),
    { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 },
  );

  // The last --apply run, by kind, against the fewest requests the vendor APIs allow.
  fresh();
  await sweep(true);
  const counts = last.countByOperation();
  const minimum: Record<string, number> = {
    "Zendesk GET /api/v2/search/export": Math.ceil(TICKETS / SEARCH_PAGE) + 1,
    "Zendesk PUT /api/v2/tickets/update_many": Math.ceil(TICKETS / IDS_PER_UPDATE_MANY),
    "incident.io POST /v1/incident_attachments": TICKETS,
  };
  const rows = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([kind, n]) =>
        `${kind.padEnd(48)} ${String(n).padStart(5)}   minimum ${minimum[kind] ?? "-"}`,
    );
  console.log(
    `HTTP requests of one --apply over ${TICKETS} tickets:\n${rows.join("\n")}\n  total ${last.requests.length}`,
  );
  for (const [kind, n] of Object.entries(minimum)) expect(counts[kind]).toBe(n);
});

// Production-like vendors, with time running SCALE times faster on both sides: incident.io's
// documented 1,200 requests a minute, a Zendesk plan's 700, 150 ms latency, 429 with Retry-After
// when a bucket is empty, tagging jobs that finish on the third poll, and the CLI's waits
// (jobPollMs, Retry-After, backoff) really slept, divided by SCALE. Wall time × SCALE is the
// estimate for the real thing.
const SCALE = 20;
test(`realistic sweep --apply over ${TICKETS} tickets (time ×${SCALE})`, async () => {
  const fake = new FakeVendors(bigIncident(TICKETS));
  fake.rateLimits = {
    "incident.io": { perSecond: (1200 / 60) * SCALE, burst: 20 },
    Zendesk: { perSecond: (700 / 60) * SCALE, burst: 20 },
  };
  fake.realNow = () => Date.now() * SCALE;
  fake.pollsPerJob = 3;
  const realistic = await serveOverHttp(fake, { latencyMs: 150 / SCALE });
  // Attachments paced at the key's general limit, as the fake serves them; at the client's
  // default of 60 a minute the 2,000 alone take 33 minutes.
  const paced = workspace({
    "support-watcher.config.json": { ...CONFIG, sweep: { attachmentsPerMinute: 1200 } },
  });
  try {
    const started = performance.now();
    const { code, stdout } = await runCli(["sweep", "INC-2417", "--apply", "--json"], {
      env: realistic.env,
      cwd: paced,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / SCALE)),
      // The clients' rate limiters live in the same faster time as the fake's buckets.
      vendorNow: () => Date.now() * SCALE,
    });
    const wall = performance.now() - started;
    const out = JSON.parse(stdout);
    console.log(
      `realistic --apply: ${(wall / 1000).toFixed(1)} s at ×${SCALE} → about ${((wall * SCALE) / 60_000).toFixed(1)} min; ` +
        `${out.outcome.done.length} writes done, ${out.outcome.failed.length} failed, ` +
        `${fake.rateLimited} answers 429 (${out.rateLimited.responses} retried), ${fake.requests.length} requests`,
    );
    expect(code).toBe(0);
  } finally {
    await realistic.close();
  }
}, 300_000);
