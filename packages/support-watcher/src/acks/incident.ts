import type { CommandContext } from "../commands/command.js";
import { stringOption } from "../commands/command.js";
import { loadRunConfig, onlyLiveIncident, runVendors } from "../commands/sources.js";
import { loadConfig } from "../config/load.js";
import { CliError, EXIT } from "../errors.js";
import { hasCredentials, SLACK_TOKEN_VARIABLE, slackToken } from "../vendors/credentials.js";
import { referenceKey } from "./arguments.js";
import { slackAckContext } from "./slack-store.js";
import { ackStoreFor } from "./store.js";
import type { AckStore } from "./types.js";

/** The incident a `done`/`undo` is about: the one named, else the only live one. */
export async function ackIncident(
  reference: string | undefined,
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
  command: string,
): Promise<string> {
  if (reference !== undefined) return referenceKey(reference, command);
  if (!hasCredentials(context.io.env)) {
    throw new CliError(
      `${command}: name the incident, e.g. ${command} announce-macro INC-123 (with vendor credentials set, the only live incident is used).`,
      EXIT.badInput,
    );
  }
  const loaded = await loadRunConfig(values, context);
  return referenceKey(
    await onlyLiveIncident(await runVendors(values, context, loaded), command),
    command,
  );
}

/** The store a `done`/`undo` writes to, and why that one (said in the output). */
export interface ChosenAckStore {
  store: AckStore;
  /** Why this store, when it is the local one: other watchers do not see it. */
  why?: string;
}

/**
 * Where a `done`/`undo` keeps acknowledgements: with SLACK_BOT_TOKEN set, the incident's
 * workflow thread in the team channel (from the config, default #team-support); otherwise, or
 * with `--local`, this machine's state file. Without HOME or XDG_STATE_HOME the local one is an
 * error.
 */
export async function requireAckStore(
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
  command: string,
): Promise<ChosenAckStore> {
  const { env } = context.io;
  const local = values.local === true;
  if (!local && slackToken(env) !== undefined) {
    const loaded = await loadConfig({
      cwd: context.io.cwd,
      path: stringOption(values, "config", "a file path"),
    });
    context.budget.limit(loaded.config.runTimeoutSeconds);
    const vendors = await runVendors(values, context, loaded);
    const store = ackStoreFor({
      env,
      ...(vendors.slack && { slack: slackAckContext(loaded.config, vendors.slack) }),
    });
    if (store) return { store };
  }
  const store = ackStoreFor({ env });
  if (!store) {
    throw new CliError(
      `${command}: there is nowhere to keep acknowledgements: set XDG_STATE_HOME or HOME (they go to $XDG_STATE_HOME/support-watcher, by default ~/.local/state/support-watcher).`,
      EXIT.badInput,
    );
  }
  return {
    store,
    why: local
      ? "--local: only this machine sees it"
      : `Slack is not configured: ${SLACK_TOKEN_VARIABLE} is unset, so only this machine sees it`,
  };
}

/** Who acknowledges: --by, else SUPPORT_WATCHER_USER, else the login name. */
export function acknowledger(
  value: unknown,
  env: CommandContext["io"]["env"],
  command: string,
): string {
  const by = [value, env.SUPPORT_WATCHER_USER, env.USER, env.LOGNAME]
    .map((v) => (typeof v === "string" ? v.trim() : ""))
    .find((v) => v !== "");
  if (by === undefined)
    throw new CliError(
      `${command}: say who you are with --by "Your Name" (or set SUPPORT_WATCHER_USER).`,
      EXIT.badInput,
    );
  return by;
}
