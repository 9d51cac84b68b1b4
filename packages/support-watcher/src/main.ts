import { PolicyInputError } from "@support/policy";
import { ApiError, ClientConfigError } from "@support/zendesk-client";
import { briefCommand } from "./commands/brief.js";
import { type Command, contextFor, parseCommandArgs } from "./commands/command.js";
import { handoverNoteCommand } from "./commands/handover-note.js";
import { lintCommand } from "./commands/lint.js";
import { rulesCommand } from "./commands/rules.js";
import { sweepCommand } from "./commands/sweep.js";
import { CliError, EXIT, UsageError } from "./errors.js";
import type { Io } from "./io.js";
import { secretValues } from "./vendors/credentials.js";

export const COMMANDS: readonly Command[] = [
  briefCommand,
  sweepCommand,
  lintCommand,
  handoverNoteCommand,
  rulesCommand,
] as Command[];

export const VERSION = "0.1.0";

const HELP = `support-watcher: the Support Watcher's briefing, sweep, message lint and handover notes,
from live incident.io, Zendesk and Statuspage data (or a saved scenario).

Usage: support-watcher <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(15)}${c.summary}`).join("\n")}

Run support-watcher <command> --help for a command's options.
With no credentials, "support-watcher brief" shows the bundled example.

Credentials come only from the environment: INCIDENT_IO_API_KEY; ZENDESK_SUBDOMAIN with
ZENDESK_EMAIL + ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN); STATUSPAGE_API_KEY and
STATUSPAGE_PAGE_ID when incidents link a Statuspage incident.

Exit codes: 0 ok; 1 blocking decisions or lint errors (where a command says so);
2 bad input, config or credentials; 3 a vendor API failed; 70 an internal error.`;

/** An internal error: a bug, not something the user did. */
const EXIT_INTERNAL = 70;

/** Blanks every credential value from the environment out of a text. */
const redact = (text: string, io: Io): string =>
  secretValues(io.env).reduce((out, secret) => out.split(secret).join("[REDACTED]"), text);

function report(error: unknown, io: Io, debug: boolean): number {
  const write = (text: string) => io.stderr.write(`${redact(text, io)}\n`);
  const detail = () => {
    if (debug && error instanceof Error && error.stack) write(error.stack);
  };
  if (error instanceof CliError) {
    write(`support-watcher: ${error.message}`);
    if (error instanceof UsageError) {
      write(`Run support-watcher ${error.command ? `${error.command} ` : ""}--help for usage.`);
    }
    detail();
    return error.exitCode;
  }
  if (error instanceof PolicyInputError) {
    write(`support-watcher: the data does not fit the policy's input:\n${error.message}`);
    detail();
    return EXIT.badInput;
  }
  if (error instanceof ClientConfigError) {
    write(`support-watcher: ${error.message}`);
    detail();
    return EXIT.badInput;
  }
  if (error instanceof ApiError) {
    const status = error.status === undefined ? "no response" : `HTTP ${error.status}`;
    write(`support-watcher: ${error.vendor} request failed (${status}): ${error.message}`);
    if (debug)
      write(
        `  ${error.method} ${error.url}${error.requestId ? ` request id ${error.requestId}` : ""}`,
      );
    detail();
    return EXIT.vendor;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(
    `support-watcher: unexpected error: ${message}${debug ? "" : " (run with --debug for details)"}`,
  );
  detail();
  return EXIT_INTERNAL;
}

/**
 * The command line, as a function: parses `argv` (without the node and script paths), runs the
 * command with the injected environment, streams and clock, and returns the exit code. Every
 * error becomes a one-line message on stderr; stack traces appear only with --debug.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = [...argv];
  const debug = args.includes("--debug");
  try {
    const [name, ...rest] = args;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      if (name === undefined) {
        io.stderr.write(`${HELP}\n`);
        return EXIT.badInput;
      }
      const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.stdout.write(`${topic ? topic.help : HELP}\n`);
      return EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      throw new UsageError(
        `unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(", ")}.`,
      );
    }
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help === true) {
      io.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(parsed, contextFor(io, parsed.values));
  } catch (error) {
    return report(error, io, debug);
  }
}
