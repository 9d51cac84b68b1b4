// Start-up: the built bin briefing the bundled example, printing its version and its rule index,
// next to a bare `node -e 0`, all spawned the same way in one run, so their ratios say what the
// CLI itself costs. The bin is rebuilt
// first only when its sources changed (scripts/build-if-changed.mjs), and one run of each warms
// Node's compile cache (the bin enables it) before the timed runs.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { beforeAll, test } from "vitest";

const root = resolve(import.meta.dirname, "../../..");
const bin = resolve(import.meta.dirname, "../dist/cli.js");
const node = process.execPath;
const spawnTimes = {
  bare: [] as number[],
  brief: [] as number[],
  version: [] as number[],
  rules: [] as number[],
};

const timed = (into: number[], args: string[]) => () => {
  const started = performance.now();
  execFileSync(node, args, { stdio: ["ignore", "pipe", "pipe"], env: { PATH: process.env.PATH } });
  into.push(performance.now() - started);
};

beforeAll(() => {
  execFileSync(node, [resolve(root, "scripts/build-if-changed.mjs"), "@support/watcher"], {
    cwd: root,
    stdio: "inherit",
  });
});

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

test("start-up: brief on the bundled example, --version and rules vs node -e 0", async ({
  bench,
}) => {
  await bench.compare(
    bench("node -e 0", timed(spawnTimes.bare, ["-e", "0"])),
    bench("support-watcher brief (bundled example)", timed(spawnTimes.brief, [bin, "brief"])),
    bench("support-watcher --version", timed(spawnTimes.version, [bin, "--version"])),
    bench("support-watcher rules", timed(spawnTimes.rules, [bin, "rules"])),
    { iterations: 20, time: 0, warmupIterations: 2, warmupTime: 0 },
  );
  const bare = median(spawnTimes.bare);
  const of = (name: string, times: number[]) =>
    `${name} ${median(times).toFixed(0)} ms (${(median(times) / bare).toFixed(1)}×)`;
  console.log(
    `start-up medians: node -e 0 ${bare.toFixed(0)} ms, ${of("brief", spawnTimes.brief)}, ${of("--version", spawnTimes.version)}, ${of("rules", spawnTimes.rules)}`,
  );
});
