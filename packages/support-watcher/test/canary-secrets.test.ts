// The command line run with canary credentials (each holding + / = % &) against a local server
// that quotes them back in every form it could: in headers, in names and subjects, in vendor
// error messages and in Zendesk job details. Not one form may reach stdout, stderr, the audit
// log or a saved scenario.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeVendors } from "./support/fake-vendors.js";
import { runCli } from "./support/run-cli.js";
import { type Exchange, type HttpVendors, serveOverHttp } from "./support/serve-over-http.js";
import { workspace } from "./support/workspace.js";
import { CONFIG, world } from "./support/world.js";

const EMAIL = "watcher@example.com";
const CANARIES = {
  INCIDENT_IO_API_KEY: "inc+live/K3y=50%&x9",
  ZENDESK_API_TOKEN: "zd/T0k+en=77%&q",
  ZENDESK_OAUTH_TOKEN: "oa+uth/T=ok%&e1x",
  STATUSPAGE_API_KEY: "sp=K/e+y%&2026Z",
};

const base64 = (text: string) => Buffer.from(text).toString("base64");

/** Every form a server might quote a secret in. */
function formsOf(secret: string): string[] {
  const forms = [secret, base64(secret), Buffer.from(secret).toString("base64url")];
  return forms.flatMap((form) => [
    form,
    encodeURIComponent(form),
    JSON.stringify(form).slice(1, -1).replaceAll("/", "\\/"),
    form.replace(/[&=+]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
  ]);
}

/** Every form of the credentials a run is given, including the headers they are sent in. */
function formsFor(oauth: boolean): string[] {
  const zendesk = oauth
    ? [...formsOf(CANARIES.ZENDESK_OAUTH_TOKEN), `Bearer ${CANARIES.ZENDESK_OAUTH_TOKEN}`]
    : (() => {
        const basic = base64(`${EMAIL}/token:${CANARIES.ZENDESK_API_TOKEN}`);
        return [
          ...formsOf(CANARIES.ZENDESK_API_TOKEN),
          ...formsOf(`${EMAIL}/token:${CANARIES.ZENDESK_API_TOKEN}`),
          `Basic ${basic}`,
        ];
      })();
  return [
    ...new Set([
      ...formsOf(CANARIES.INCIDENT_IO_API_KEY),
      ...formsOf(CANARIES.STATUSPAGE_API_KEY),
      ...zendesk,
      `Bearer ${CANARIES.INCIDENT_IO_API_KEY}`,
      `OAuth ${CANARIES.STATUSPAGE_API_KEY}`,
    ]),
  ];
}

/** The forms of the run under way: what the server echoes and the outputs must not hold. */
let FORMS: string[] = [];

/** What the server puts in every text field it echoes into: each form, and what it was sent. */
const echoOf = (exchange: Exchange) =>
  `${FORMS.join(" ")} sent=${String(exchange.headers.authorization)}`;

/** Quotes the credentials back in whatever the CLI reads: names, subjects, updates, job results. */
function echo(exchange: Exchange): {
  status: number;
  body: unknown;
  headers: Record<string, string>;
} {
  const text = echoOf(exchange);
  const headers = {
    "x-request-id": String(exchange.headers.authorization),
    "x-zendesk-request-id": base64(String(exchange.headers.authorization)),
  };
  const body = structuredClone(exchange.body) as Record<string, unknown> | undefined;
  const path = exchange.url.pathname;
  if (failing.has(exchange.vendor)) {
    return {
      status: 401,
      headers,
      body: {
        type: "unauthorized",
        request_id: exchange.headers.authorization,
        error: `Couldn't authenticate you with ${text}`,
        errors: [{ code: "unauthorized", message: `The key ${text} is not valid` }],
      },
    };
  }
  const incident = body?.incident as { name?: string; summary?: string } | undefined;
  if (incident && exchange.vendor === "incident.io") incident.name = `${incident.name} ${text}`;
  for (const ticket of (body?.results ?? body?.tickets ?? []) as { subject?: string }[]) {
    ticket.subject = `${ticket.subject} ${text}`;
  }
  const job = body?.job_status as { status?: string; results?: Record<string, unknown>[] };
  if (job?.status === "completed" && Array.isArray(job.results) && job.results[0]) {
    job.results[0] = {
      id: job.results[0].id,
      action: "update",
      success: false,
      error: `Denied ${text}`,
      details: text,
    };
  }
  if (exchange.vendor === "Statuspage" && body && typeof body.name === "string") {
    body.name = `${body.name} ${text}`;
    for (const update of (body.incident_updates ?? []) as { body?: string }[]) {
      update.body = `${update.body} ${text}`;
    }
  }
  void path;
  return { status: exchange.status, body, headers };
}

const failing = new Set<string>();
let server: HttpVendors;

beforeAll(async () => {
  // The one server these runs talk to is this local one.
  nock.enableNetConnect((host) => host.startsWith("127.0.0.1:"));
  server = await serveOverHttp(new FakeVendors(world()), { rewrite: echo });
});
afterAll(async () => {
  nock.disableNetConnect();
  await server.close();
});

interface Outputs {
  code: number;
  texts: Record<string, string>;
}

async function runAgainstEcho(
  argv: string[],
  options: { fake?: FakeVendors; oauth?: boolean; fail?: string[] } = {},
): Promise<Outputs> {
  server.use(options.fake ?? new FakeVendors(world()));
  failing.clear();
  FORMS = formsFor(options.oauth ?? false);
  for (const vendor of options.fail ?? []) failing.add(vendor);
  const cwd = workspace({ "support-watcher.config.json": CONFIG });
  const env = {
    ...server.env,
    INCIDENT_IO_API_KEY: CANARIES.INCIDENT_IO_API_KEY,
    STATUSPAGE_API_KEY: CANARIES.STATUSPAGE_API_KEY,
    ZENDESK_EMAIL: EMAIL,
    ...(options.oauth
      ? { ZENDESK_OAUTH_TOKEN: CANARIES.ZENDESK_OAUTH_TOKEN, ZENDESK_API_TOKEN: "" }
      : { ZENDESK_API_TOKEN: CANARIES.ZENDESK_API_TOKEN }),
  };
  const { code, stdout, stderr } = await runCli(argv, { env, cwd, now: "2026-06-03T16:45:00Z" });
  const files = Object.fromEntries(
    readdirSync(cwd)
      .filter((name) => name !== "support-watcher.config.json")
      .map((name) => [name, readFileSync(join(cwd, name), "utf8")]),
  );
  return { code, texts: { stdout, stderr, ...files } };
}

/** Every six-character piece of the raw credentials: no redaction may leave half of one behind. */
const PIECES = Object.values(CANARIES).flatMap((secret) =>
  Array.from({ length: secret.length - 5 }, (_, i) => secret.slice(i, i + 6)),
);

/** The forms (or pieces of a credential) found in any output, by output; the assertion expects none. */
function leaks({ texts }: Outputs): string[] {
  return Object.entries(texts).flatMap(([where, text]) =>
    [...FORMS, ...PIECES].filter((form) => text.includes(form)).map((form) => `${where}: ${form}`),
  );
}

const allText = ({ texts }: Outputs) => Object.values(texts).join("\n");

describe("canary credentials echoed by the vendors never reach an output", () => {
  it("brief --save: the briefing, progress on stderr and the saved scenario", async () => {
    const run = await runAgainstEcho(["brief", "INC-2417", "--save", "saved.json"]);
    expect(run.code).toBe(0);
    expect(Object.keys(run.texts)).toContain("saved.json");
    // The server did echo: its quotes were replaced, not absent.
    expect(run.texts.stdout).toContain("[REDACTED]");
    expect(run.texts["saved.json"]).toContain("[REDACTED]");
    expect(() => JSON.parse(run.texts["saved.json"] ?? "")).not.toThrow();
    expect(leaks(run)).toEqual([]);
  });

  it("brief --json", async () => {
    const run = await runAgainstEcho(["brief", "INC-2417", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.texts.stdout ?? "")).toHaveProperty("decisions");
    expect(leaks(run)).toEqual([]);
  });

  it("handover-note", async () => {
    const run = await runAgainstEcho(["handover-note", "INC-2417"]);
    expect(run.code).toBe(0);
    expect(leaks(run)).toEqual([]);
  });

  it("sweep --apply: the outcome, failed tickets with the job's details, and the audit log", async () => {
    const run = await runAgainstEcho(["sweep", "INC-2417", "--apply"]);
    expect(run.texts["support-watcher-audit.jsonl"]).toContain("[REDACTED]");
    expect(run.texts.stdout).toContain("[REDACTED]");
    expect(leaks(run)).toEqual([]);
  });

  it("sweep --apply --json on the resolved incident: notices and the macro's deletion", async () => {
    const fake = new FakeVendors(world({ resolved: true, macro: "active" }));
    const run = await runAgainstEcho(["sweep", "INC-2417", "--apply", "--json"], { fake });
    expect(run.texts["support-watcher-audit.jsonl"]).toBeDefined();
    expect(leaks(run)).toEqual([]);
  });

  it.each([["incident.io"], ["Zendesk"], ["Statuspage"]])(
    "a %s 401 quoting the key, with --debug (message, request id, stack)",
    async (vendor) => {
      const run = await runAgainstEcho(["brief", "INC-2417", "--debug"], { fail: [vendor] });
      expect(run.code).toBe(3);
      expect(run.texts.stderr).toMatch(
        new RegExp(`^support-watcher: ${vendor} GET .* \\(HTTP 401\\)`),
      );
      expect(leaks(run)).toEqual([]);
    },
  );

  it("with Zendesk OAuth instead of an API token", async () => {
    const run = await runAgainstEcho(["sweep", "INC-2417", "--apply"], { oauth: true });
    expect(allText(run)).toContain("[REDACTED]");
    expect(leaks(run)).toEqual([]);
    const failed = await runAgainstEcho(["brief", "INC-2417", "--debug"], {
      oauth: true,
      fail: ["Zendesk"],
    });
    expect(leaks(failed)).toEqual([]);
  });
});

describe("a credential too short to redact", () => {
  it("is named in one warning, and ordinary words are left whole", async () => {
    const cwd = workspace({});
    const { stderr, stdout } = await runCli(["lint", "--kind", "reply", "-"], {
      env: { ZENDESK_API_TOKEN: "t", STATUSPAGE_API_KEY: "sp_1" },
      cwd,
      stdin: "Thanks for your patience; the support-watcher team is on it.",
    });
    const warnings = stderr.split("\n").filter((line) => line.includes("warning"));
    expect(warnings).toEqual([
      "support-watcher: warning: ZENDESK_API_TOKEN, STATUSPAGE_API_KEY are shorter than 8 characters, which no real credential is; check the value. It is used as given, but cannot be scrubbed from output.",
    ]);
    expect(stdout + stderr).not.toContain("[REDACTED]");
  });
});
