// The CLI against Stoplight Prism mocks of the three vendor documents, static and dynamic
// (several fixed seeds): Prism must report no request violation; no run may exit 70; every run
// ends 0 or with a classified code and one error line; human output holds no control
// character; --json validates against the published schema. See the README for running it by hand.
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaProblems } from "./support/output-schemas.js";
import { type PrismVendors, startPrismVendors } from "./support/prism.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";
import { CONFIG } from "./support/world.js";

const SEEDS = ["101", "202", "303"];
const NOW = "2026-06-03T16:05:00Z";
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CLASSIFIED = [0, 1, 2, 3];

type Run = { argv: string[]; json?: "brief" | "sweep" | "handover-note" };
const RUNS: Run[] = [
  { argv: ["brief", "INC-2417"] },
  { argv: ["brief", "INC-2417", "--json"], json: "brief" },
  { argv: ["sweep", "INC-2417"] },
  { argv: ["sweep", "INC-2417", "--apply", "--json"], json: "sweep" },
  { argv: ["handover-note", "INC-2417"] },
  { argv: ["handover-note", "INC-2417", "--json"], json: "handover-note" },
];

const cwd = workspace({
  "support-watcher.config.json": { ...CONFIG, sweep: { jobPollMs: 5 }, timeoutSeconds: 10 },
});

async function run(prism: PrismVendors, argv: string[]) {
  const result = await runCli([...argv, "--now", NOW, "--run-timeout", "60"], {
    env: prism.env,
    cwd,
  });
  return result;
}

/** What every run must satisfy, whatever the data. */
function expectClassified(result: Awaited<ReturnType<typeof runCli>>, spec: Run) {
  const label = spec.argv.join(" ");
  expect(CLASSIFIED, `${label}: exit ${result.code}\n${result.stderr}`).toContain(result.code);
  const errors = result.stderr.split("\n").filter((line) => line.startsWith("support-watcher:"));
  if (result.code >= 2) expect(errors, `${label}: ${result.stderr}`).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  if (!spec.json) expect(result.stdout, label).not.toMatch(CONTROL);
  expect(result.stderr, label).not.toMatch(CONTROL);
  if (spec.json && result.stdout !== "") {
    expect(schemaProblems(spec.json, JSON.parse(result.stdout)), label).toEqual([]);
  }
}

beforeAll(() => nock.enableNetConnect("127.0.0.1"));
afterAll(() => nock.disableNetConnect());

const MODES: Array<[string, string | undefined]> = [
  ["static examples", undefined],
  ...SEEDS.map((seed): [string, string] => [`dynamic data, seed ${seed}`, seed]),
];

describe.each(MODES)("against Prism: %s", (_, seed) => {
  let prism: PrismVendors;
  beforeAll(async () => {
    prism = await startPrismVendors(seed === undefined ? {} : { seed });
  }, 120_000);
  afterAll(async () => {
    await prism?.close();
  });

  it("runs brief, sweep (dry run and --apply) and handover-note with classified exits", async () => {
    const codes: number[] = [];
    for (const spec of RUNS) {
      const result = await run(prism, spec.argv);
      if (process.env.PRISM_TEST_LOG)
        console.log(
          `${seed} ${spec.argv.join(" ")} → ${result.code}\n${result.stderr}${result.stdout.slice(0, 3000)}`,
        );
      expectClassified(result, spec);
      codes.push(result.code);
    }
    expect(prism.requests).toBeGreaterThan(RUNS.length);
    expect(prism.violations).toEqual([]);
    // Nothing the documents allow stops a run: odd values become data problems.
    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
  }, 120_000);

  if (seed === undefined) {
    it("sees a request violation when one is made (the check can fail)", async () => {
      const response = await fetch(`${prism.env.ZENDESK_BASE_URL}/api/v2/macros`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Basic eDp5" },
        body: JSON.stringify({ macro: 5 }),
      });
      await response.body?.cancel();
      expect(prism.violations).toEqual([expect.stringContaining("Zendesk POST /api/v2/macros: ")]);
      prism.violations.length = 0;
    });
  }

  // Pagination needs a page with results, which only the dynamic data has.
  if (seed !== SEEDS[0]) return;

  it("a vendor 5xx after retries and a pagination loop are exit 3 naming the call", async () => {
    prism.faults.push({ vendor: "Zendesk", method: "GET", path: /\/search\/export$/, status: 503 });
    const outage = await run(prism, ["brief", "INC-2417"]);
    prism.faults.length = 0;
    expectClassified(outage, { argv: ["brief"] });
    expect(outage.code).toBe(3);
    expect(outage.stderr).toMatch(
      /^support-watcher: Zendesk GET \/api\/v2\/search\/export failed \(HTTP 503\) for tickets tagged incident\/\d+: /,
    );

    prism.keepPagination = true;
    const loop = await run(prism, ["brief", "INC-2417"]);
    prism.keepPagination = false;
    expectClassified(loop, { argv: ["brief"] });
    expect(loop.code).toBe(3);
    expect(loop.stderr).toContain("support-watcher: Zendesk GET /api/v2/search/export");
    expect(prism.violations).toEqual([]);
  }, 120_000);

  it("an unknown incident is the user's to fix: exit 2", async () => {
    prism.faults.push({
      vendor: "incident.io",
      method: "GET",
      path: /\/v2\/incidents\/9999$/,
      status: 404,
      body: {
        type: "not_found",
        status: 404,
        errors: [{ code: "not_found", message: "Not found" }],
      },
    });
    const missing = await run(prism, ["brief", "INC-9999"]);
    prism.faults.length = 0;
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("support-watcher: incident.io has no incident INC-9999.\n");
  }, 60_000);
});
