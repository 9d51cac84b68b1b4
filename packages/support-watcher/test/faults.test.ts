import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { classify } from "../src/failures.js";
import { main } from "../src/main.js";
import { FakeVendors } from "./support/fake-vendors.js";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { runCli } from "./support/run-cli.js";
import { serveWithNock } from "./support/serve-with-nock.js";
import { workspace } from "./support/workspace.js";
import { CONFIG, ENV, world } from "./support/world.js";

const live = verifyContractsAfterEach();
afterEach(() => nock.cleanAll());
const cwd = workspace({ "support-watcher.config.json": CONFIG });

/** A vendor that takes `ms` to answer anything, on 127.0.0.1 (nock cannot abort a delayed reply cleanly). */
async function slowVendor(ms: number) {
  const server = createServer((_, response) => {
    const timer = setTimeout(() => response.end("{}"), ms);
    response.on("close", () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  nock.enableNetConnect("127.0.0.1");
  const { port } = server.address() as AddressInfo;
  return {
    env: { ...ENV, INCIDENT_IO_BASE_URL: `http://127.0.0.1:${port}` },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      nock.disableNetConnect();
    },
  };
}

describe("time limits", () => {
  it("--timeout bounds each vendor call: exit 3 naming the call, long before the default", async () => {
    const slow = await slowVendor(3000);
    const started = Date.now();
    const { code, stderr } = await runCli(["brief", "INC-2417", "--timeout", "0.2"], {
      env: slow.env,
      cwd,
    });
    await slow.close();
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /^support-watcher: incident\.io GET \/v2\/incidents\/2417 failed \(no response\) for incident INC-2417: timed out after 200 ms/,
    );
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("--run-timeout bounds the whole run and says which call was running", async () => {
    const slow = await slowVendor(5000);
    const { code, stderr } = await runCli(["brief", "INC-2417", "--run-timeout", "0.3"], {
      env: slow.env,
      cwd,
    });
    await slow.close();
    expect(code).toBe(3);
    expect(stderr).toBe(
      "support-watcher: the run took longer than its limit of 0.3 s (--run-timeout or runTimeoutSeconds in the config); it was waiting for incident.io GET /v2/incidents/2417.\n",
    );
  });

  it("takes the limits from the config, and refuses nonsense values", async () => {
    const slow = workspace({
      "support-watcher.config.json": { ...CONFIG, runTimeoutSeconds: 0.3 },
    });
    const vendor = await slowVendor(5000);
    const fromConfig = await runCli(["sweep", "INC-2417"], { env: vendor.env, cwd: slow });
    await vendor.close();
    expect(fromConfig.code).toBe(3);
    expect(fromConfig.stderr).toContain("longer than its limit of 0.3 s");
    for (const value of ["0", "-1", "soon"]) {
      const bad = await runCli(["brief", "INC-2417", `--timeout=${value}`], { env: ENV, cwd });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--timeout must be a number of seconds greater than 0");
    }
  });
});

describe("rate limits", () => {
  it("counts the 429s the clients waited out and shows them in the sweep summary", async () => {
    live.current = liveSetup(world());
    const { fake, run } = live.current;
    fake.fail((r) => r.method === "POST" && r.operation === "/v1/incident_attachments", 429, {
      times: 3,
    });
    const json = await run(["sweep", "INC-2417", "--apply", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).rateLimited).toMatchObject({ responses: 3 });
  });

  it("says so in the human summary", async () => {
    live.current = liveSetup(world());
    live.current.fake.fail((r) => r.operation === "/v1/incident_attachments", 429, { times: 2 });
    const { stdout } = await live.current.run(["sweep", "INC-2417", "--apply"]);
    expect(stdout).toMatch(/Rate limits: 2 429 answers from the vendors, waited out and retried/);
  });
});

describe("one classification of failures, end to end", () => {
  it("a pagination loop is the vendor's fault: exit 3 naming the call", async () => {
    // incident_updates hands back the cursor it already gave.
    const fake = new FakeVendors(world());
    const handle = fake.handle.bind(fake);
    fake.handle = (vendor, method, url, body) =>
      url.pathname === "/v2/incident_updates"
        ? {
            status: 200,
            body: {
              incident_updates: [{ id: "u1" }],
              pagination_meta: { page_size: 1, after: "same" },
            },
          }
        : handle(vendor, method, url, body);
    serveWithNock(fake);
    const { code, stderr } = await runCli(["brief", "INC-2417"], { env: ENV, cwd });
    expect(code).toBe(3);
    expect(stderr).toContain("support-watcher: incident.io GET /v2/incident_updates");
  });

  it("a bug is exit 70 with a please-report line and no stack without --debug", async () => {
    let stderr = "";
    const io = {
      stdout: { write: () => {}, isTTY: false },
      stderr: {
        write: (t: string) => {
          stderr += t;
        },
        isTTY: false,
      },
      readStdin: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
      env: {},
      cwd,
      now: () => new Date("2026-06-03T16:05:00Z"),
    };
    const code = await main(["lint", "--kind", "reply", "-"], io);
    expect(code).toBe(70);
    expect(stderr.split("\n")).toEqual([
      "support-watcher: internal error: TypeError: Cannot read properties of undefined (reading 'x')",
      "This is a bug in support-watcher: please report it with the command you ran and its --debug output.",
      "Run with --debug for the stack trace.",
      "",
    ]);
  });

  it("classifies user input 2, vendor faults 3 and anything else 70", () => {
    expect(classify(new Error("boom")).code).toBe(70);
  });
});
