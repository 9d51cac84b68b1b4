// One autocannon run in a process of its own, so the load generator has a core to itself and
// nothing of the test runner in its way. Reads the autocannon options as JSON from the file named
// by its argument; prints the figures the benchmark needs as one JSON line.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const options = JSON.parse(readFileSync(process.argv[2], "utf8"));
const result = await autocannon(options);
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  })}\n`,
);
