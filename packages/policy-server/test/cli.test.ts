import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isLoopback, parseCommand, parseSize } from "../src/cli-options.js";
import { tokenId } from "../src/http/auth.js";
import { main } from "../src/main.js";
import { allowLoopback, deferred, until } from "./support/listening.js";
import { readJson, TOKEN } from "./support/test-server.js";
import { EXAMPLE, EXAMPLE_CONFIG } from "./support/world.js";

allowLoopback();

const packageDir = new URL("..", import.meta.url).pathname;
const scratch = () => mkdtempSync(join(tmpdir(), "policy-server-"));

/** Runs the bin's main in-process until `stop` resolves; stderr and stdout as text. */
function run(argv: string[], env: Record<string, string> = {}, cwd = packageDir) {
  const stop = deferred<string>();
  const out = { stderr: "", stdout: "" };
  const exit = main(argv, {
    env,
    cwd,
    stderr: { write: (text) => (out.stderr += text) },
    stdout: { write: (text) => (out.stdout += text) },
    stopSignal: stop.promise,
  });
  return { out, exit, stop: (signal = "SIGTERM") => stop.resolve(signal) };
}

describe("support-policy-server options", () => {
  it("prints help and the versions without starting", async () => {
    const help = run(["--help"]);
    expect(await help.exit).toBe(0);
    for (const flag of [
      "--config",
      "--host",
      "--port",
      "--tokens-file",
      "--body-limit",
      "--rate-limit",
      "--cors",
      "--log",
      "--log-inputs",
      "--shutdown-timeout",
      "--webhook-tolerance",
      "--watcher-config",
    ]) {
      expect(help.out.stdout).toContain(flag);
    }
    const version = run(["--version"]);
    expect(await version.exit).toBe(0);
    expect(version.out.stdout).toMatch(
      /^support-policy-server \d+\.\d+\.\d+ \(policy \d+\.\d+\.\d+\+rules\.[0-9a-f]{12}\)\n$/,
    );
  });

  it("refuses to listen beyond this machine without tokens", async () => {
    for (const host of ["0.0.0.0", "::", "10.1.2.3"]) {
      const { out, exit } = run(["--host", host]);
      expect(await exit).toBe(2);
      expect(out.stderr).toContain(`Refusing to listen on ${host} without bearer tokens`);
    }
    expect(() =>
      parseCommand(["--host", "0.0.0.0"], { SUPPORT_POLICY_TOKENS: TOKEN }, packageDir),
    ).not.toThrow();
  });

  it("binds 127.0.0.1 without tokens and every address with them, unless told otherwise", () => {
    const serve = (argv: string[], env: Record<string, string>) => {
      const command = parseCommand(argv, env, packageDir);
      if (command.kind !== "serve") throw new Error("expected serve");
      return command.options;
    };
    expect(serve([], {}).host).toBe("127.0.0.1");
    expect(serve([], { SUPPORT_POLICY_TOKENS: TOKEN }).host).toBe("0.0.0.0");
    expect(serve(["--host", "::1"], {}).host).toBe("::1");
    expect(
      serve([], { SUPPORT_POLICY_TOKENS: ` ${TOKEN} , second-token-0123456789 ,` }).tokens,
    ).toEqual([TOKEN, "second-token-0123456789"]);
    expect(isLoopback("127.8.0.1")).toBe(true);
    expect(isLoopback("[::1]")).toBe(true);
    expect(isLoopback("localhost")).toBe(true);
    expect(isLoopback("128.0.0.1")).toBe(false);
  });

  it("reads tokens from a file, one a line with comments, and not from both places", () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "tokens"),
      `# support sidebar\n${TOKEN}\n\nsecond-token-0123456789\r\n`,
    );
    const command = parseCommand(["--tokens-file", "tokens"], {}, dir);
    expect(command.kind === "serve" && command.options.tokens).toEqual([
      TOKEN,
      "second-token-0123456789",
    ]);
    expect(() =>
      parseCommand(["--tokens-file", "tokens"], { SUPPORT_POLICY_TOKENS: TOKEN }, dir),
    ).toThrow(/not both/);
    writeFileSync(join(dir, "empty"), "# nothing\n");
    expect(() => parseCommand([], { SUPPORT_POLICY_TOKENS_FILE: "empty" }, dir)).toThrow(
      /holds no token/,
    );
    expect(() => parseCommand([], { SUPPORT_POLICY_TOKENS_FILE: "missing" }, dir)).toThrow(
      /Cannot read/,
    );
  });

  it("names the bad option and the value it got", () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [["--port", "http"], {}, /--port must be a whole number from 0 to 65535; got "http"/],
      [["--port", "70000"], {}, /--port/],
      [["--rate-limit", "-1"], {}, /--rate-limit/],
      [["--body-limit", "lots"], {}, /--body-limit must be a size/],
      [["--cors", "*"], {}, /--cors takes an origin/],
      [["--cors", "https://app.example.com/path"], {}, /scheme, host and port only/],
      [["--frobnicate"], {}, /Unknown option '--frobnicate'/],
      [
        [],
        { INCIDENT_IO_WEBHOOK_SECRET: "whsec_!!" },
        /INCIDENT_IO_WEBHOOK_SECRET must be the endpoint's signing secret/,
      ],
    ];
    for (const [argv, env, message] of cases) {
      expect(() => parseCommand(argv, env, packageDir)).toThrow(message);
    }
    expect(parseSize("2mb", "--body-limit")).toBe(2 * 1024 * 1024);
    expect(parseSize("512kb", "--body-limit")).toBe(512 * 1024);
    expect(parseSize("1000", "--body-limit")).toBe(1000);
  });

  it("validates the config file at start, naming each bad field", async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({
        team: [{ name: "Jo", timezone: "Mars/Base" }],
        config: { nudgeAfterMinutes: -3 },
        teem: [],
      }),
    );
    const { out, exit } = run(["--config", "bad.json"], {}, dir);
    expect(await exit).toBe(2);
    expect(out.stderr).toContain("is not a valid server config");
    expect(out.stderr).toContain("team[0].timezone");
    expect(out.stderr).toContain("config.nudgeAfterMinutes");
    expect(out.stderr).toContain('"teem"');
    writeFileSync(join(dir, "broken.json"), "{ team: ");
    const broken = run(["--config", "broken.json"], {}, dir);
    expect(await broken.exit).toBe(2);
    expect(broken.out.stderr).toContain("is not valid JSON");
  });
});

describe("the bundled example config", () => {
  it("is the roster of the watcher's bundled example incident, and loads", async () => {
    expect(EXAMPLE_CONFIG.team).toEqual(EXAMPLE.team);
    const command = parseCommand(["--config", "examples/server-config.json"], {}, packageDir);
    expect(command.kind === "serve" && command.options.configPath).toBe(
      "examples/server-config.json",
    );
  });
});

describe("support-policy-server start-up", () => {
  it("says how it runs: auth, defaults, limits, log and webhooks, then serves until stopped", async () => {
    const dir = scratch();
    const server = run(
      [
        "--config",
        join(packageDir, "examples/server-config.json"),
        "--port",
        "0",
        "--log",
        "decisions.jsonl",
      ],
      { SUPPORT_POLICY_TOKENS: `${TOKEN},short`, ZENDESK_WEBHOOK_SECRET: "zendesk-signing-secret" },
      dir,
    );
    await until(() => server.out.stderr.includes("listening on"));
    const lines = server.out.stderr.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^support-policy-server: 0\.1\.0, policy \d+\.\d+\.\d+\+rules\.[0-9a-f]{12}$/,
        ),
        `support-policy-server: auth: 2 bearer token(s) from SUPPORT_POLICY_TOKENS (${tokenId(TOKEN)}, ${tokenId("short")}); warning: 1 shorter than 16 characters`,
        expect.stringMatching(
          /^support-policy-server: defaults from .*server-config\.json: team of 5, the policy's default config; now is the server clock$/,
        ),
        "support-policy-server: limits: body 1048576 bytes, 6000 requests a minute per token; CORS off",
        `support-policy-server: decision log: ${join(dir, "decisions.jsonl")}, customer text masked`,
        "support-policy-server: webhook /v1/webhooks/incident-io: disabled (INCIDENT_IO_WEBHOOK_SECRET unset), answers 503",
        "support-policy-server: webhook /v1/webhooks/zendesk: disabled (no vendor credentials to re-evaluate with: INCIDENT_IO_API_KEY, ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN unset), answers 503",
        expect.stringMatching(/^support-policy-server: listening on http:\/\/0\.0\.0\.0:\d+$/),
      ]),
    );
    const url = (/listening on (\S+)/.exec(server.out.stderr)?.[1] ?? "").replace(
      "0.0.0.0",
      "127.0.0.1",
    );
    const response = await fetch(`${url}/v1/evaluate`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ incident: EXAMPLE.incident }),
    });
    expect(response.status).toBe(200);
    expect((await readJson<{ decisions: unknown[] }>(response)).decisions.length).toBeGreaterThan(
      0,
    );
    // Its secret is set, but there is nothing to re-evaluate with: disabled, and it says why.
    const webhook = await fetch(`${url}/v1/webhooks/zendesk`, { method: "POST", body: "{}" });
    expect(webhook.status).toBe(503);
    expect(await webhook.json()).toEqual({
      error: {
        code: "webhook_disabled",
        message:
          "The zendesk webhook is disabled: it re-evaluates incidents from live data, and the vendor credentials are not set (INCIDENT_IO_API_KEY, ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN).",
      },
    });
    server.stop();
    expect(await server.exit).toBe(0);
    expect(server.out.stderr).toMatch(
      /SIGTERM: draining 0 in-flight request\(s\), new ones get 503\n.*stopped\n$/,
    );
    const logged = readFileSync(join(dir, "decisions.jsonl"), "utf8").trim().split("\n");
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0] ?? "{}").route).toBe("/v1/evaluate");
    expect(JSON.parse(logged[0] ?? "{}").decision_id).toBe(response.headers.get("decision-id"));
    expect(server.out.stdout).toBe("");
    expect(server.out.stderr).not.toContain(TOKEN);
    expect(server.out.stderr).not.toContain("zendesk-signing-secret");
  });

  it("says when it runs without tokens or defaults, and how it logs", async () => {
    const server = run([
      "--port",
      "0",
      "--log-inputs",
      "--rate-limit",
      "0",
      "--cors",
      "https://support.example.com",
    ]);
    await until(() => server.out.stderr.includes("listening on"));
    expect(server.out.stderr).toContain(
      "auth: no bearer tokens (SUPPORT_POLICY_TOKENS unset), so it listens on 127.0.0.1 only, for this machine",
    );
    expect(server.out.stderr).toContain(
      "defaults: none (no --config): requests must send context.team",
    );
    expect(server.out.stderr).toContain("no rate limit; CORS https://support.example.com");
    expect(server.out.stderr).toContain("decision log: stdout, with whole inputs (--log-inputs)");
    expect(server.out.stderr).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    server.stop("SIGINT");
    expect(await server.exit).toBe(0);
  });

  it("wires the webhooks to live re-evaluation with vendor credentials, and says with what", async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "watcher.json"),
      JSON.stringify({ channels: { team: "#support-eu" }, team: [] }),
    );
    const env = {
      INCIDENT_IO_WEBHOOK_SECRET: "whsec_c2VjcmV0LWZvci10aGUtcG9saWN5LXNlcnZlci10ZXN0cw==",
      INCIDENT_IO_API_KEY: "inc_live_key_7f3a9c",
      ZENDESK_SUBDOMAIN: "acme",
      ZENDESK_OAUTH_TOKEN: "zd_oauth_token_b81e44",
      SLACK_BOT_TOKEN: "xoxb-canary-1234567890-secret",
    };
    const server = run(["--port", "0", "--watcher-config", "watcher.json"], env, dir);
    await until(() => server.out.stderr.includes("listening on"));
    expect(server.out.stderr).toContain(
      "webhook /v1/webhooks/incident-io: signatures verified; each event re-evaluates its incident from live data (queued, one incident at a time)",
    );
    expect(server.out.stderr).toContain(
      "webhook /v1/webhooks/zendesk: disabled (ZENDESK_WEBHOOK_SECRET unset), answers 503",
    );
    expect(server.out.stderr).toContain(
      `re-evaluation: watcher config from ${join(dir, "watcher.json")}; newly blocking decisions are posted to the incident's workflow thread in #support-eu, once each; previous evaluations kept in this instance's memory`,
    );
    for (const secret of Object.values(env)) expect(server.out.stderr).not.toContain(secret);
    server.stop();
    expect(await server.exit).toBe(0);

    const broken = run(["--port", "0", "--watcher-config", "missing.json"], env, dir);
    expect(await broken.exit).toBe(2);
    expect(broken.out.stderr).toContain("--watcher-config:");
    expect(broken.out.stderr).toContain("missing.json");
  });

  it("says when the port is taken", async () => {
    const first = run(["--port", "0"]);
    await until(() => first.out.stderr.includes("listening on"));
    const port = /:(\d+)\n/.exec(first.out.stderr)?.[1] ?? "";
    const second = run(["--port", port]);
    expect(await second.exit).toBe(2);
    expect(second.out.stderr).toContain(`cannot listen on 127.0.0.1:${port}`);
    first.stop();
    expect(await first.exit).toBe(0);
  });
});
