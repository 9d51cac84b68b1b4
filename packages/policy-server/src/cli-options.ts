import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_RATE_LIMIT } from "./app.js";
import { StartupError } from "./config-file.js";
import { parseTokens } from "./http/auth.js";
import { DEFAULT_BODY_LIMIT } from "./http/body.js";
import { WEBHOOK_SECRET_ENV } from "./routes/webhook-routes.js";
import { DEFAULT_TOLERANCE_SECONDS, standardWebhookKey } from "./webhooks/signatures.js";

export const DEFAULT_PORT = 8080;
export const DEFAULT_SHUTDOWN_SECONDS = 10;

export const HELP = `support-policy-server: the support incident-response policy over HTTP.

Usage: support-policy-server [options]

Options:
  --config FILE            Default team and policy config (JSON), validated at start
                           (env SUPPORT_POLICY_CONFIG)
  --host ADDRESS           Address to listen on (env SUPPORT_POLICY_HOST); default 0.0.0.0
                           with tokens, 127.0.0.1 without; without tokens only loopback
  --port N                 Port (env SUPPORT_POLICY_PORT); default ${DEFAULT_PORT}; 0 picks a free one
  --tokens-file FILE       Bearer tokens, one a line (env SUPPORT_POLICY_TOKENS_FILE);
                           or SUPPORT_POLICY_TOKENS=token1,token2
  --body-limit SIZE        Largest request body: bytes, or with kb/mb; default 1mb
  --rate-limit N           Requests a minute per token; default ${DEFAULT_RATE_LIMIT}; 0 turns it off
  --cors ORIGIN            Let a browser app at ORIGIN call the API (repeatable); no CORS otherwise
  --log FILE               Append the decision log (JSON lines) to FILE; default stdout
  --log-inputs             Keep whole inputs in the decision log; customer text is masked otherwise
  --shutdown-timeout SEC   How long SIGTERM waits for in-flight requests; default ${DEFAULT_SHUTDOWN_SECONDS}
  --webhook-tolerance SEC  How far a webhook timestamp may be off; default ${DEFAULT_TOLERANCE_SECONDS}
  --watcher-config FILE    The support-watcher config the webhooks re-evaluate incidents with
                           (roster, vendor mappings, team channel; env SUPPORT_WATCHER_CONFIG)
  -h, --help               This help
  --version                The server and policy versions

Webhooks: POST /v1/webhooks/incident-io needs ${WEBHOOK_SECRET_ENV["incident-io"]} (whsec_…),
POST /v1/webhooks/zendesk needs ${WEBHOOK_SECRET_ENV.zendesk}; without them they answer 503. Each
event re-evaluates its incident from live data, which needs the support-watcher credentials
(INCIDENT_IO_API_KEY, ZENDESK_SUBDOMAIN or ZENDESK_BASE_URL, ZENDESK_EMAIL + ZENDESK_API_TOKEN
or ZENDESK_OAUTH_TOKEN; STATUSPAGE_API_KEY + STATUSPAGE_PAGE_ID for incidents that link a
Statuspage incident); without them both routes answer 503. With SLACK_BOT_TOKEN set, newly
blocking decisions are posted to the incident's workflow thread, once each.

Logs: decision log on stdout (or --log FILE); start-up lines and errors on stderr.
Exit codes: 0 stopped cleanly; 1 stopped with requests cut off; 2 bad options or config.`;

export interface ServerOptions {
  host: string;
  port: number;
  configPath?: string;
  tokens: string[];
  /** Where the tokens came from, for the start-up line. */
  tokensFrom?: string;
  bodyLimit: number;
  rateLimitPerMinute: number;
  corsOrigins: string[];
  logFile?: string;
  logInputs: boolean;
  shutdownTimeoutMs: number;
  webhookToleranceSeconds: number;
  incidentIoKey?: Buffer;
  zendeskSecret?: string;
  /** The support-watcher config the webhooks re-evaluate with. */
  watcherConfigPath?: string;
}

export type ParsedCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "serve"; options: ServerOptions };

type Env = Readonly<Record<string, string | undefined>>;

const usage = (message: string) =>
  new StartupError(`${message}\nRun support-policy-server --help for usage.`);

function wholeNumber(value: string, flag: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw usage(
      `${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}.`,
    );
  }
  return Number(value);
}

const UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
};

export function parseSize(value: string, flag: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const unit = UNITS[match?.[2]?.toLowerCase() ?? "x"];
  if (!match?.[1] || unit === undefined || Number(match[1]) === 0) {
    throw usage(
      `${flag} must be a size such as 1048576, 512kb or 2mb; got ${JSON.stringify(value)}.`,
    );
  }
  return Number(match[1]) * unit;
}

/** 127.0.0.0/8, ::1 and localhost: the addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

function readTokens(argvFile: string | undefined, env: Env, cwd: string) {
  const file = argvFile ?? env.SUPPORT_POLICY_TOKENS_FILE;
  const inline = env.SUPPORT_POLICY_TOKENS;
  if (file !== undefined && inline !== undefined && inline.trim() !== "") {
    throw usage("Give the tokens once: SUPPORT_POLICY_TOKENS or a tokens file, not both.");
  }
  if (file !== undefined) {
    const path = resolve(cwd, file);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw usage(`Cannot read the tokens file ${path}.`);
    }
    const tokens = parseTokens(text, "\n");
    if (tokens.length === 0) throw usage(`The tokens file ${path} holds no token.`);
    return { tokens, from: `the file ${path}` };
  }
  if (inline === undefined || inline.trim() === "") return { tokens: [] };
  return { tokens: parseTokens(inline, ","), from: "SUPPORT_POLICY_TOKENS" };
}

export function parseCommand(argv: string[], env: Env, cwd: string): ParsedCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw usage((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const { tokens, from } = readTokens(values["tokens-file"], env, cwd);
  const host =
    values.host ?? env.SUPPORT_POLICY_HOST ?? (tokens.length > 0 ? "0.0.0.0" : "127.0.0.1");
  if (tokens.length === 0 && !isLoopback(host)) {
    throw usage(
      `Refusing to listen on ${host} without bearer tokens: anyone who can reach it could call the API. Set SUPPORT_POLICY_TOKENS (or --tokens-file), or listen on 127.0.0.1.`,
    );
  }
  const port = values.port ?? env.SUPPORT_POLICY_PORT;
  const configPath = values.config ?? env.SUPPORT_POLICY_CONFIG;
  const watcherConfigPath = values["watcher-config"] ?? env.SUPPORT_WATCHER_CONFIG;
  const incidentIoSecret = env[WEBHOOK_SECRET_ENV["incident-io"]];
  let incidentIoKey: Buffer | undefined;
  if (incidentIoSecret !== undefined && incidentIoSecret.trim() !== "") {
    try {
      incidentIoKey = standardWebhookKey(incidentIoSecret);
    } catch (error) {
      throw usage(`${WEBHOOK_SECRET_ENV["incident-io"]} ${(error as Error).message}.`);
    }
  }
  const zendeskSecret = env[WEBHOOK_SECRET_ENV.zendesk]?.trim();
  return {
    kind: "serve",
    options: {
      host,
      port: port === undefined ? DEFAULT_PORT : wholeNumber(port, "--port", { max: 65535 }),
      ...(configPath === undefined ? {} : { configPath }),
      tokens,
      ...(from === undefined ? {} : { tokensFrom: from }),
      bodyLimit:
        values["body-limit"] === undefined
          ? DEFAULT_BODY_LIMIT
          : parseSize(values["body-limit"], "--body-limit"),
      rateLimitPerMinute:
        values["rate-limit"] === undefined
          ? DEFAULT_RATE_LIMIT
          : wholeNumber(values["rate-limit"], "--rate-limit"),
      corsOrigins: (values.cors ?? []).map((origin) => corsOrigin(origin)),
      ...(values.log === undefined || values.log === "-"
        ? {}
        : { logFile: resolve(cwd, values.log) }),
      logInputs: values["log-inputs"] ?? false,
      shutdownTimeoutMs:
        1000 *
        (values["shutdown-timeout"] === undefined
          ? DEFAULT_SHUTDOWN_SECONDS
          : wholeNumber(values["shutdown-timeout"], "--shutdown-timeout", { max: 3600 })),
      webhookToleranceSeconds:
        values["webhook-tolerance"] === undefined
          ? DEFAULT_TOLERANCE_SECONDS
          : wholeNumber(values["webhook-tolerance"], "--webhook-tolerance", { min: 1, max: 3600 }),
      ...(incidentIoKey ? { incidentIoKey } : {}),
      ...(zendeskSecret ? { zendeskSecret } : {}),
      ...(watcherConfigPath ? { watcherConfigPath: resolve(cwd, watcherConfigPath) } : {}),
    },
  };
}

function corsOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usage(
      `--cors takes an origin such as https://support.example.com; got ${JSON.stringify(value)}.`,
    );
  }
  if (url.origin === "null" || value.replace(/\/$/, "") !== url.origin) {
    throw usage(
      `--cors takes an origin (scheme, host and port only), such as ${url.origin}; got ${JSON.stringify(value)}.`,
    );
  }
  return url.origin;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      config: { type: "string" },
      host: { type: "string" },
      port: { type: "string" },
      "tokens-file": { type: "string" },
      "body-limit": { type: "string" },
      "rate-limit": { type: "string" },
      cors: { type: "string", multiple: true },
      log: { type: "string" },
      "log-inputs": { type: "boolean" },
      "shutdown-timeout": { type: "string" },
      "webhook-tolerance": { type: "string" },
      "watcher-config": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" },
    },
  });
}
