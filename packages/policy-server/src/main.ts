import { createApp } from "./app.js";
import { HELP, parseCommand, type ServerOptions } from "./cli-options.js";
import { type LoadedConfig, loadServerConfig, StartupError } from "./config-file.js";
import { tokenId } from "./http/auth.js";
import { fileSink, type LogSink, stdoutSink } from "./log/decision-log.js";
import { createPolicyAdapter } from "./policy/adapter.js";
import { startServer } from "./server.js";
import { SERVER_NAME, SERVER_VERSION } from "./version.js";
import { type WebhookWiring, wireWebhooks } from "./webhooks/wiring.js";

export interface Io {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stderr: { write(text: string): void };
  stdout: { write(text: string): void };
  /** Resolves when the process is asked to stop (SIGTERM or SIGINT), with the signal's name. */
  stopSignal: Promise<string>;
}

const MIN_TOKEN_LENGTH = 16;

/** Runs the server until a stop signal; the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const say = (line: string) => io.stderr.write(`${SERVER_NAME}: ${line}\n`);
  let options: ServerOptions;
  let config: LoadedConfig | undefined;
  let sink: LogSink;
  let webhooks: WebhookWiring;
  try {
    const command = parseCommand(argv, io.env, io.cwd);
    if (command.kind === "help") {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (command.kind === "version") {
      const policy = createPolicyAdapter({ now: () => new Date() });
      io.stdout.write(`${SERVER_NAME} ${SERVER_VERSION} (policy ${policy.version.label})\n`);
      return 0;
    }
    options = command.options;
    if (options.configPath !== undefined)
      config = await loadServerConfig(options.configPath, io.cwd);
    webhooks = await wireWebhooks(options, config, io.env, io.cwd);
    sink =
      options.logFile === undefined
        ? stdoutSink()
        : await fileSink(options.logFile).catch(() => {
            throw new StartupError(`Cannot append to the decision log file ${options.logFile}.`);
          });
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    say(error.message);
    return 2;
  }

  const policy = createPolicyAdapter({
    now: () => new Date(),
    ...(config ? { defaults: config.defaults } : {}),
  });
  const served = createApp({
    policy,
    tokens: options.tokens,
    bodyLimit: options.bodyLimit,
    rateLimitPerMinute: options.rateLimitPerMinute,
    corsOrigins: options.corsOrigins,
    logSink: sink,
    logInputs: options.logInputs,
    webhooks: {
      toleranceSeconds: options.webhookToleranceSeconds,
      ...(options.incidentIoKey ? { incidentIoKey: options.incidentIoKey } : {}),
      ...(options.zendeskSecret ? { zendeskSecret: options.zendeskSecret } : {}),
      ...(webhooks.handlers ? { handlers: webhooks.handlers } : {}),
      disabled: webhooks.disabled,
    },
    secrets: webhooks.secrets,
    logError: (line) => io.stderr.write(`${line}\n`),
  });
  say(`${SERVER_VERSION}, policy ${policy.version.label}`);
  for (const line of [...startupLines(options, config), ...webhooks.lines]) say(line);
  await served.warmUp();
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(served, { host: options.host, port: options.port });
  } catch (error) {
    say(`cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
    return 2;
  }
  say(`listening on ${running.url}`);

  const signal = await io.stopSignal;
  say(`${signal}: draining ${served.inFlight()} in-flight request(s), new ones get 503`);
  const { cutOff } = await running.shutdown(options.shutdownTimeoutMs);
  const reevaluation = webhooks.reevaluation;
  if (reevaluation) {
    // Events already accepted are re-evaluated before the log closes, within the same limit.
    reevaluation.stop();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      reevaluation.idle(),
      new Promise((resolve) => {
        timer = setTimeout(resolve, options.shutdownTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }
  await served.closeLog();
  say(cutOff === 0 ? "stopped" : `stopped; ${cutOff} request(s) cut off after the timeout`);
  return cutOff === 0 ? 0 : 1;
}

function startupLines(options: ServerOptions, config: LoadedConfig | undefined): string[] {
  const lines: string[] = [];
  if (options.tokens.length === 0) {
    lines.push(
      `auth: no bearer tokens (SUPPORT_POLICY_TOKENS unset), so it listens on ${options.host} only, for this machine`,
    );
  } else {
    const short = options.tokens.filter((token) => token.length < MIN_TOKEN_LENGTH).length;
    lines.push(
      `auth: ${options.tokens.length} bearer token(s) from ${options.tokensFrom} (${options.tokens.map(tokenId).join(", ")})` +
        (short > 0 ? `; warning: ${short} shorter than ${MIN_TOKEN_LENGTH} characters` : ""),
    );
  }
  if (config === undefined) {
    lines.push(
      "defaults: none (no --config): requests must send context.team; now is the server clock",
    );
  } else {
    const team = config.defaults.team;
    const keys = Object.keys(config.defaults.config ?? {});
    lines.push(
      `defaults from ${config.path}: ${team ? `team of ${team.length}` : "no team"}, ${keys.length > 0 ? `config ${keys.join(", ")}` : "the policy's default config"}; now is the server clock`,
    );
  }
  lines.push(
    `limits: body ${options.bodyLimit} bytes, ${options.rateLimitPerMinute > 0 ? `${options.rateLimitPerMinute} requests a minute per token` : "no rate limit"}; CORS ${options.corsOrigins.length > 0 ? options.corsOrigins.join(", ") : "off"}`,
  );
  lines.push(
    `decision log: ${options.logFile ?? "stdout"}, ${options.logInputs ? "with whole inputs (--log-inputs)" : "customer text masked"}`,
  );
  return lines;
}
