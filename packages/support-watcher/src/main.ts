import { COMMAND_ENTRIES } from "./commands/registry.js";
import { EXIT, UsageError } from "./errors.js";
import type { Io } from "./io.js";
import { outputRedaction, type Redact, redactedIo } from "./output/redaction.js";
import { safe, safeOutput } from "./output/safe.js";
import { nearest } from "./text/nearest.js";
import { VERSION } from "./version.js";

export { VERSION } from "./version.js";

const HELP = `support-watcher: the Support Watcher's briefing, sweep, message lint and handover notes,
from live incident.io, Zendesk and Statuspage data (or a saved scenario).

Usage: support-watcher <command> [options]

Commands:
${COMMAND_ENTRIES.map((c) => `  ${c.name.padEnd(15)}${c.summary}`).join("\n")}

Run support-watcher <command> --help for a command's options.
With no credentials, "support-watcher brief" shows the bundled example.

Credentials come only from the environment: INCIDENT_IO_API_KEY; ZENDESK_SUBDOMAIN with
ZENDESK_EMAIL + ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN); STATUSPAGE_API_KEY and
STATUSPAGE_PAGE_ID when incidents link a Statuspage incident.

Exit codes: 0 ok; 1 blocking decisions or lint errors (where a command says so);
2 bad input, config or credentials; 3 a vendor failed, sent unusable data or the run took
too long; 70 a bug in support-watcher (please report it).`;

async function report(
  error: unknown,
  io: Io,
  debug: boolean,
  command: string | undefined,
  redact: Redact,
): Promise<number> {
  // Scrubbed before escaping and cutting, so no cut can leave part of a credential behind;
  // error lines carry no colour, so every control character in them is escaped.
  const write = (text: string) =>
    io.stderr.write(`${safeOutput(redact(text), { color: false })}\n`);
  const { classify } = await import("./failures.js");
  const failure = classify(error, command);
  for (const line of failure.lines) write(line);
  if (debug) for (const line of failure.debug) write(line);
  else if (failure.code === EXIT.internal) write("Run with --debug for the stack trace.");
  return failure.code;
}

/**
 * The command line, as a function: parses `argv` (without the node and script paths), runs the
 * command with the injected environment, streams and clock, and returns the exit code. Every
 * error becomes a one-line message on stderr; stack traces appear only with --debug. Only the
 * command that runs is loaded: `--version` and `--help` load none.
 */
export async function main(argv: readonly string[], processIo: Io): Promise<number> {
  // Every output channel (stdout, stderr, the audit log, saved scenarios) goes through one
  // redactor built from the environment's credentials; nothing below writes around it.
  const { redact, tooShort } = outputRedaction(processIo.env);
  const io = redactedIo(processIo, redact);
  const args = [...argv];
  const debug = args.includes("--debug");
  let commandName: string | undefined;
  try {
    const [name, ...rest] = args;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      if (name === undefined) {
        io.stderr.write(`${HELP}\n`);
        return EXIT.badInput;
      }
      const topic = name === "help" ? COMMAND_ENTRIES.find((c) => c.name === rest[0]) : undefined;
      if (!topic) {
        io.stdout.write(`${HELP}\n`);
        return EXIT.ok;
      }
      const [command, { helpOf }] = await Promise.all([
        topic.load(),
        import("./commands/command.js"),
      ]);
      io.stdout.write(`${helpOf(command)}\n`);
      return EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const entry = COMMAND_ENTRIES.find((c) => c.name === name);
    if (!entry) {
      const names = COMMAND_ENTRIES.map((c) => c.name);
      const suggestion = nearest(name, names);
      throw new UsageError(
        `unknown command "${safe(name, { max: 60 })}"; ${suggestion ? `did you mean ${suggestion}? ` : ""}the commands are ${names.join(", ")}.`,
      );
    }
    commandName = entry.name;
    const [command, { runCommand }] = await Promise.all([
      entry.load(),
      import("./commands/run.js"),
    ]);
    return await runCommand(command, rest, io, redact, tooShort);
  } catch (error) {
    return report(error, io, debug, commandName, redact);
  }
}
