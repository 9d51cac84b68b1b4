import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";
import { CONFIG, ENV } from "./support/world.js";

const without = (...names: string[]) =>
  Object.fromEntries(Object.entries(ENV).filter(([name]) => !names.includes(name)));

afterEach(() => nock.cleanAll());

describe("credentials from the environment", () => {
  const cwd = workspace({ "support-watcher.config.json": CONFIG });

  it.each([
    ["INCIDENT_IO_API_KEY", without("INCIDENT_IO_API_KEY")],
    ["ZENDESK_API_TOKEN", without("ZENDESK_API_TOKEN")],
    ["ZENDESK_EMAIL", without("ZENDESK_EMAIL")],
    ["ZENDESK_SUBDOMAIN", without("ZENDESK_SUBDOMAIN")],
  ])("a missing %s is one line naming it, exit 2", async (variable, env) => {
    const incidentIo = nock("https://api.incident.io").persist().get(/.*/).reply(500);
    const { code, stderr } = await runCli(["sweep", "INC-2417"], { env, cwd });
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^support-watcher: ${variable} is not set: `));
    if (variable !== "INCIDENT_IO_API_KEY") expect(incidentIo.isDone()).toBe(false);
  });

  it("accepts ZENDESK_OAUTH_TOKEN instead of an email and API token", async () => {
    const env = {
      ...without("ZENDESK_EMAIL", "ZENDESK_API_TOKEN"),
      ZENDESK_OAUTH_TOKEN: "oauth_x1",
    };
    nock("https://api.incident.io").get("/v2/incidents/2417").reply(404, {});
    const { code, stderr } = await runCli(["sweep", "INC-2417"], { env, cwd });
    expect(stderr).toBe("support-watcher: incident.io has no incident INC-2417.\n");
    expect(code).toBe(2);
  });

  it("never prints a credential, not even with --debug after a vendor failure", async () => {
    nock("https://api.incident.io")
      .persist()
      .get(/.*/)
      .reply(401, {
        type: "unauthorized",
        errors: [{ code: "unauthorized", message: `bad key ${ENV.INCIDENT_IO_API_KEY}` }],
      });
    const { code, stdout, stderr } = await runCli(["brief", "INC-2417", "--debug"], {
      env: ENV,
      cwd,
    });
    expect(code).toBe(3);
    expect(stderr).toContain(
      "support-watcher: incident.io GET /v2/incidents/2417 failed (HTTP 401) for incident INC-2417:",
    );
    for (const secret of [ENV.INCIDENT_IO_API_KEY, ENV.ZENDESK_API_TOKEN, ENV.STATUSPAGE_API_KEY]) {
      expect(stdout + stderr).not.toContain(secret);
    }
  });

  it("a vendor outage after the client's retries is one line, exit 3", async () => {
    nock("https://api.incident.io").persist().get(/.*/).reply(503, {});
    const { code, stderr } = await runCli(["brief", "INC-2417"], { env: ENV, cwd });
    expect(code).toBe(3);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^support-watcher: incident\.io GET \/v2\/incidents\/2417 failed \(HTTP 503\) for incident INC-2417: /,
      ),
    ]);
  });
});
