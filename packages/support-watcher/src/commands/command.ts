import { type ParseArgsConfig, parseArgs } from "node:util";
import { IncidentSchema } from "@support/policy";
import { UsageError } from "../errors.js";
import type { Io, Output } from "../io.js";
import type { Redact } from "../output/redaction.js";
import { safe, safeOutput } from "../output/safe.js";
import { type Style, styleFor, wantsColor } from "../output/style.js";
import { nearest } from "../text/nearest.js";
import type { VendorCalls } from "../vendors/calls.js";
import type { RunBudget } from "./run-budget.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * What every command's --help ends with: the options all commands take and the exit codes, one
 * text for all of them (README "Exit codes").
 */
export const COMMON_HELP = `Common options (every command):
  --no-color         Plain output (also NO_COLOR, any value); offending words marked »like this«
  --debug            More detail on errors: the stack and the request (never a credential)
  -h, --help         This help

Exit codes (every command):
  0   done
  1   needs attention where the command says so (lint: an error finding; brief --check: a
      blocking decision; sweep --apply: you answered no)
  2   your input: an option, the config or scenario file, a missing credential
  3   a vendor (incident.io, Zendesk, Statuspage, Slack) failed or sent unusable data, a write
      failed, or the run took longer than its limit
  70  a bug in support-watcher (please report it)
  130 stopped with Ctrl-C (watch)`;

/** A command's full --help: its own text, then the common options and exit codes. */
export const helpOf = (command: { help: string }): string => `${command.help}\n\n${COMMON_HELP}`;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  "no-color": { type: "boolean" },
  debug: { type: "boolean" },
} as const satisfies Options;

/** Options of the commands that call vendors: time limits per call and for the whole run. */
export const TIME_LIMIT_OPTIONS = {
  timeout: { type: "string" },
  "run-timeout": { type: "string" },
} as const satisfies Options;

export interface CommandContext {
  /** Human output: both streams escape any control character a field let through. */
  io: Io;
  /** Styles for stdout and stderr (each follows its own terminal). */
  out: Style;
  err: Style;
  /** Writes `--json` output, unescaped (lossless), to the real stdout. */
  json(value: unknown): void;
  /** Writes one compact JSON line (NDJSON), unescaped, to the real stdout. */
  jsonLine(value: unknown): void;
  /** Rings the terminal bell on whichever stream is a terminal (stderr first); never into a pipe. */
  bell(): void;
  /** The run's vendor calls (in flight, 429s) and its time limit. */
  calls: VendorCalls;
  budget: RunBudget;
  /**
   * Scrubs the environment's credentials from a text. `io.stdout`/`io.stderr` apply it already;
   * anything else a command writes (the audit log, a saved scenario) must take it too.
   */
  redact: Redact;
}

export interface Command<O extends Options = Options> {
  name: string;
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: O;
  /** Runs until stopped (watch): the run's time limit does not apply to the whole command. */
  unbounded?: boolean;
  run(
    args: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    context: CommandContext,
  ): Promise<number>;
}

export const defineCommand = <O extends Options>(command: Command<O>): Command<O> => command;

/** Parses a command's arguments; unknown options and missing values become usage errors. */
export function parseCommandArgs(command: Command, argv: string[]) {
  const options = { ...COMMON_OPTIONS, ...command.options } as Options;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
    if (unknown) {
      const names = Object.keys(options).map((name) => `--${name}`);
      const suggestion = nearest(unknown.split("=")[0] ?? unknown, names);
      throw new UsageError(
        `${command.name}: unknown option ${safe(unknown)}${suggestion ? `; did you mean ${suggestion}?` : "."}`,
        command.name,
      );
    }
    throw new UsageError(
      `${command.name}: ${safe(message.replace(/\. To specify.*$/s, "."))}`,
      command.name,
    );
  }
}

// Scrubbed before escaping, so an escape or a cut can never split a credential past the redactor.
const guarded = (output: Output, color: boolean, redact: Redact): Output => ({
  write: (text) => output.write(safeOutput(redact(text), { color })),
  isTTY: output.isTTY,
  columns: output.columns,
});

/** `io` is the redacted one (see `main`): every stream below writes through the redactor. */
export function contextFor(
  io: Io,
  values: Record<string, unknown>,
  run: { calls: VendorCalls; budget: RunBudget },
  redact: Redact,
): CommandContext {
  const flags = { noColor: values["no-color"] === true };
  const outColor = wantsColor(io.env, io.stdout, flags);
  const errColor = wantsColor(io.env, io.stderr, flags);
  return {
    io: {
      ...io,
      stdout: guarded(io.stdout, outColor, redact),
      stderr: guarded(io.stderr, errColor, redact),
    },
    out: styleFor(outColor),
    err: styleFor(errColor),
    json: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    jsonLine: (value) => io.stdout.write(`${JSON.stringify(value)}\n`),
    bell: () => {
      const terminal = io.stderr.isTTY ? io.stderr : io.stdout.isTTY ? io.stdout : undefined;
      terminal?.write("\u0007");
    },
    ...run,
    redact,
  };
}

/** A string option's value; an empty one is refused, naming the option. */
export function stringOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
  what: string,
): string | undefined {
  const value = values[name];
  if (typeof value !== "string") return undefined;
  if (value.trim() === "") throw new UsageError(`--${name} needs ${what}; got an empty value.`);
  return value;
}

/** A number of seconds given to `--<name>`: positive, at most `max`. */
export function secondsOption(value: unknown, name: string, max: number): number | undefined {
  if (typeof value !== "string") return undefined;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds > 0 && seconds <= max)) {
    throw new UsageError(
      `--${name} must be a number of seconds greater than 0 and at most ${max}; got "${safe(value)}".`,
    );
  }
  return seconds;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
// The policy's own instant check, which also refuses days a month does not have.
const PolicyInstant = IncidentSchema.shape.declaredAt;

/** `--now` when given (an ISO instant with an offset, a real calendar day), else the injected clock. */
export function nowFrom(value: unknown, io: Io, fallback?: string): string {
  if (typeof value === "string") {
    const withSeconds = value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-])/, "$1:00$2");
    if (!INSTANT.test(value) || !PolicyInstant.safeParse(withSeconds).success) {
      throw new UsageError(
        `--now must be an ISO-8601 time with an offset on a real calendar day, e.g. 2026-06-03T16:05:00Z; got "${safe(value)}".`,
      );
    }
    return new Date(Date.parse(value)).toISOString();
  }
  return fallback ?? io.now().toISOString();
}

/** `--tz` when given (an IANA zone), else the fallback. */
export function timeZoneFrom(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value;
  } catch {
    throw new UsageError(
      `--tz must be an IANA time zone such as Europe/London; got "${safe(value)}".`,
    );
  }
}

/** `--json` output: lossless, never escaped (consumers parse it; JSON escapes C0 itself). */
export const writeJson = (context: CommandContext, value: unknown): void => context.json(value);
