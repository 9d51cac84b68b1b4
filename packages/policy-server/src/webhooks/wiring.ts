import type { ServerOptions } from "../cli-options.js";
import { type LoadedConfig, StartupError } from "../config-file.js";
import { WEBHOOK_PATHS, WEBHOOK_SECRET_ENV, type WebhookVendor } from "../routes/webhook-routes.js";
import type { WebhookDeps, WebhookHandlers } from "./events.js";
import type { LiveReevaluation } from "./live-reevaluation.js";

/** How the bin wires the webhook routes, and what its start-up lines say about them. */
export interface WebhookWiring {
  handlers?: (deps: WebhookDeps) => WebhookHandlers;
  /** Routes disabled although their secret is set, and why (the 503 says it). */
  disabled: Partial<Record<WebhookVendor, string>>;
  lines: string[];
  /** The vendor credentials, for the redactor. */
  secrets: string[];
  reevaluation?: LiveReevaluation;
}

const VENDORS = Object.keys(WEBHOOK_PATHS) as WebhookVendor[];

/**
 * A verified event re-evaluates its incident from live data, which needs the vendor credentials
 * (incident.io and Zendesk, as support-watcher reads them; Statuspage for incidents that link
 * one) and the watcher config (`--watcher-config`: roster and vendor mappings; without it the
 * watcher's defaults with the server config's team). Without vendor credentials both routes
 * stay disabled. The watcher is loaded only when a signing secret is set.
 */
export async function wireWebhooks(
  options: ServerOptions,
  serverConfig: LoadedConfig | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<WebhookWiring> {
  const signed: Record<WebhookVendor, boolean> = {
    "incident-io": options.incidentIoKey !== undefined,
    zendesk: options.zendeskSecret !== undefined,
  };
  const unsigned = (vendor: WebhookVendor) =>
    `webhook ${WEBHOOK_PATHS[vendor]}: disabled (${WEBHOOK_SECRET_ENV[vendor]} unset), answers 503`;
  if (!signed["incident-io"] && !signed.zendesk)
    return { disabled: {}, lines: VENDORS.map(unsigned), secrets: [] };

  const watcher = await import("@support/watcher");
  const secrets = watcher.environmentSecrets(env);
  const missing = watcher.missingCredentials(env);
  if (missing.length > 0) {
    const disabled: Partial<Record<WebhookVendor, string>> = {};
    for (const vendor of VENDORS)
      if (signed[vendor])
        disabled[vendor] =
          `The ${vendor} webhook is disabled: it re-evaluates incidents from live data, and the vendor credentials are not set (${missing.join(", ")}).`;
    return {
      disabled,
      secrets,
      lines: VENDORS.map((vendor) =>
        signed[vendor]
          ? `webhook ${WEBHOOK_PATHS[vendor]}: disabled (no vendor credentials to re-evaluate with: ${missing.join(", ")} unset), answers 503`
          : unsigned(vendor),
      ),
    };
  }

  let config: import("@support/watcher").WatcherConfig;
  let from: string;
  try {
    if (options.watcherConfigPath !== undefined) {
      const loaded = await watcher.loadConfig({
        cwd,
        path: options.watcherConfigPath,
        required: true,
      });
      config = loaded.config;
      from = `watcher config from ${loaded.path}`;
    } else {
      const team = serverConfig?.defaults.team ?? [];
      config = watcher.WatcherConfigSchema.parse({ team });
      from = `no --watcher-config: the watcher's default vendor mappings and channels, the roster from ${serverConfig ? `${serverConfig.path} (${team.length} people)` : "nowhere (no --config): an empty roster"}`;
    }
  } catch (error) {
    throw new StartupError(
      `--watcher-config: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const reevaluation = (await import("./live-reevaluation.js")).createLiveReevaluation({
    env,
    config,
  });
  const slack = env[watcher.SLACK_TOKEN_VARIABLE]?.trim()
    ? `newly blocking decisions are posted to the incident's workflow thread in ${config.channels.team ?? "#team-support"}, once each`
    : `Slack not configured (${watcher.SLACK_TOKEN_VARIABLE} unset): nothing is posted`;
  return {
    handlers: reevaluation.handlers,
    disabled: {},
    secrets,
    reevaluation,
    lines: [
      ...VENDORS.map((vendor) =>
        signed[vendor]
          ? `webhook ${WEBHOOK_PATHS[vendor]}: signatures verified; each event re-evaluates its incident from live data (queued, one incident at a time)`
          : unsigned(vendor),
      ),
      `re-evaluation: ${from}; ${slack}; previous evaluations kept in this instance's memory`,
    ],
  };
}
