import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { type Style, styleFor, wantsColor } from "../output/style.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  "no-color": { type: "boolean" },
  debug: { type: "boolean" },
} as const satisfies Options;

export interface CommandContext {
  io: Io;
  /** Styles for stdout and stderr (each follows its own terminal). */
  out: Style;
  err: Style;
}

export interface Command<O extends Options = Options> {
  name: string;
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: O;
  run(
    args: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    context: CommandContext,
  ): Promise<number>;
}

export const defineCommand = <O extends Options>(command: Command<O>): Command<O> => command;

/** Parses a command's arguments; unknown options and missing values become usage errors. */
export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `${command.name}: ${message.replace(/\. To specify.*$/s, ".")}`,
      command.name,
    );
  }
}

export function contextFor(io: Io, values: Record<string, unknown>): CommandContext {
  const flags = { noColor: values["no-color"] === true };
  return {
    io,
    out: styleFor(wantsColor(io.env, io.stdout, flags)),
    err: styleFor(wantsColor(io.env, io.stderr, flags)),
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `--now` when given (an ISO instant with an offset), else the injected clock. */
export function nowFrom(value: unknown, io: Io, fallback?: string): string {
  if (typeof value === "string") {
    if (!INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
      throw new UsageError(
        `--now must be an ISO-8601 time with an offset, e.g. 2026-06-03T16:05:00Z; got "${value}".`,
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
    throw new UsageError(`--tz must be an IANA time zone such as Europe/London; got "${value}".`);
  }
}

export const writeJson = (io: Io, value: unknown): void => {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};
