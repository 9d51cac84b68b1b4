import type { CommandContext } from "../commands/command.js";
import { loadRunConfig, onlyLiveIncident, runVendors } from "../commands/sources.js";
import { CliError, EXIT } from "../errors.js";
import { hasCredentials } from "../vendors/credentials.js";
import { referenceKey } from "./arguments.js";
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

/** The store acknowledgements go to; without one (no HOME, no XDG_STATE_HOME) that is an error. */
export function requireAckStore(context: CommandContext, command: string): AckStore {
  const store = ackStoreFor({ env: context.io.env });
  if (!store) {
    throw new CliError(
      `${command}: there is nowhere to keep acknowledgements: set XDG_STATE_HOME or HOME (they go to $XDG_STATE_HOME/support-watcher, by default ~/.local/state/support-watcher).`,
      EXIT.badInput,
    );
  }
  return store;
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
