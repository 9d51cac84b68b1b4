import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { evaluate } from "@support/policy";
import { describe, expect, it } from "vitest";
import { HELP } from "../src/cli-options.js";
import { ServerConfigSchema } from "../src/config-file.js";
import { ERROR_CODES } from "../src/http/errors.js";
import { startServer } from "../src/server.js";
import { allowLoopback } from "./support/listening.js";
import { SERVER_NOW, TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE_CONFIG } from "./support/world.js";

allowLoopback();

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The fenced block right after `<!-- marker -->`. */
function blockAfter(marker: string): string {
  const start = readme.indexOf(`<!-- ${marker} -->`);
  const match = /```\w*\n([\s\S]*?)\n```/.exec(readme.slice(start));
  if (start < 0 || !match?.[1]) throw new Error(`README has no block after ${marker}`);
  return match[1];
}

const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("README", () => {
  it.runIf(hasPython)(
    "has a Python snippet that prints the decisions the library gives",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "policy-server-python-"));
      const script = join(dir, "evaluate.py");
      writeFileSync(script, blockAfter("python-example"));
      const { served } = testServer({ defaults: { team: EXAMPLE_CONFIG.team } });
      const running = await startServer(served, { host: "127.0.0.1", port: 0 });
      try {
        const { stdout } = await promisify(execFile)("python3", [script], {
          env: {
            PATH: process.env.PATH ?? "",
            SUPPORT_POLICY_URL: running.url,
            SUPPORT_POLICY_TOKEN: TOKEN,
          },
          timeout: 20_000,
        });
        const sent = /incident = (\{[\s\S]*?\n\})/.exec(blockAfter("python-example"))?.[1] ?? "";
        const incident = JSON.parse(sent.replaceAll("False", "false").replace(/,(\s*\})/g, "$1"));
        const expected = await evaluate(incident, null, {
          now: SERVER_NOW,
          team: EXAMPLE_CONFIG.team as never,
        });
        expect(expected.decisions.length).toBeGreaterThan(2);
        expect(stdout).toBe(
          [
            `${incident.id} (decision decision-1):`,
            ...expected.decisions.map(
              (d) => `- ${d.blocking ? "BLOCKING " : ""}${d.action} (${d.owner}): ${d.summary}`,
            ),
            "",
          ].join("\n"),
        );
      } finally {
        await running.shutdown(1_000);
      }
    },
  );

  it("has a server config example that validates", () => {
    expect(ServerConfigSchema.safeParse(JSON.parse(blockAfter("config-example"))).success).toBe(
      true,
    );
  });

  it("documents every option, environment variable, error code and route", () => {
    const flags = new Set(HELP.match(/--[a-z][a-z-]+/g));
    expect(flags.size).toBeGreaterThan(10);
    for (const flag of flags) expect(readme).toMatch(new RegExp(`\`${flag}[ \`]`));
    const variables = new Set(
      HELP.match(
        /\b(?:SUPPORT_POLICY|SUPPORT_WATCHER|INCIDENT_IO|ZENDESK|STATUSPAGE|SLACK)_[A-Z_]+\b/g,
      ),
    );
    expect([...variables].sort()).toEqual([
      "INCIDENT_IO_API_KEY",
      "INCIDENT_IO_WEBHOOK_SECRET",
      "SLACK_BOT_TOKEN",
      "STATUSPAGE_API_KEY",
      "STATUSPAGE_PAGE_ID",
      "SUPPORT_POLICY_CONFIG",
      "SUPPORT_POLICY_HOST",
      "SUPPORT_POLICY_PORT",
      "SUPPORT_POLICY_TOKENS",
      "SUPPORT_POLICY_TOKENS_FILE",
      "SUPPORT_WATCHER_CONFIG",
      "ZENDESK_API_TOKEN",
      "ZENDESK_BASE_URL",
      "ZENDESK_EMAIL",
      "ZENDESK_OAUTH_TOKEN",
      "ZENDESK_SUBDOMAIN",
      "ZENDESK_WEBHOOK_SECRET",
    ]);
    for (const variable of variables) expect(readme).toContain(`\`${variable}`);
    for (const code of ERROR_CODES) expect(readme).toContain(`\`${code}\``);
    const { served } = testServer();
    for (const route of served.app.routes.filter((r) => r.method !== "ALL")) {
      expect(readme).toContain(`${route.method} ${route.path}`);
    }
  });
});
