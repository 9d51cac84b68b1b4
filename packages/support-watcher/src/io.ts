import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { CliError } from "./errors.js";

/** Where a command writes: a stream-like sink that may be a terminal. */
export interface Output {
  write(text: string): void;
  /** True when the sink is an interactive terminal (colour and progress lines are allowed). */
  readonly isTTY: boolean;
  /** The terminal's width in characters, when it is one. */
  readonly columns?: number | undefined;
}

/** Off a terminal (a pipe, a file), tables are laid out for this many characters. */
export const DEFAULT_WIDTH = 100;

/** The width to lay tables out in: the terminal's, else DEFAULT_WIDTH. */
export const widthOf = (output: Output): number =>
  output.isTTY && output.columns !== undefined && output.columns > 20
    ? output.columns
    : DEFAULT_WIDTH;

/**
 * Everything a command needs from the outside world, injected so tests run in-process with a
 * fixed clock, a fake environment and captured output.
 */
export interface Io {
  stdout: Output;
  stderr: Output;
  /** Reads all of standard input (lint with `-` or no text). */
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The clock; `--now` replaces it. */
  now(): Date;
  /** Waits between polls and retries; tests pass one that returns at once. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * The clients' clock in ms (their rate limits, `Retry-After` dates); the real one unless a
   * benchmark runs time faster, with `sleep` to match.
   */
  vendorNow?: () => number;
  /**
   * The Slack client's back-off between retries. `@slack/web-api` waits out `Retry-After` and its
   * back-off itself, so `sleep` cannot reach them; tests pass `{ retries: 2, minTimeout: 0, maxTimeout: 0 }`.
   */
  slackRetry?: { retries: number; minTimeout: number; maxTimeout: number };
  /**
   * Asks a yes/no question on the terminal (prompt on stderr, answer from stdin) and resolves
   * true for yes; undefined when there is no terminal to ask on.
   */
  confirm?: ((question: string) => Promise<boolean>) | undefined;
  /**
   * Ctrl-C as a signal, for commands that run until stopped (watch): calling it takes over
   * SIGINT for the rest of the run. Without it, Ctrl-C ends the process as usual.
   */
  onInterrupt?: () => AbortSignal;
}

/** A y/N question on the process's terminal; "y" or "yes" (any case) is yes, anything else no. */
async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import("node:readline/promises");
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*y(es)?\s*$/i.test(await terminal.question(`${question} [y/N] `));
  } finally {
    terminal.close();
  }
}

const sink = (stream: NodeJS.WriteStream): Output => ({
  write: (text) => {
    stream.write(text);
  },
  isTTY: stream.isTTY === true,
  get columns() {
    return stream.columns;
  },
});

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

/** The real process: its streams, environment, working directory and clock. */
export function processIo(): Io {
  return {
    stdout: sink(process.stdout),
    stderr: sink(process.stderr),
    readStdin: () => readAll(process.stdin),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    confirm: process.stdin.isTTY && process.stderr.isTTY ? askOnTerminal : undefined,
    onInterrupt: () => {
      const controller = new AbortController();
      process.once("SIGINT", () => {
        controller.abort();
        // A second Ctrl-C does not wait for the watch to wind down.
        process.once("SIGINT", () => process.exit(130));
      });
      return controller.signal;
    },
  };
}

/** Input files larger than this are refused (a scenario or config is a few hundred kB at most). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const KIND_WORDS: Array<[keyof Stats, string]> = [
  ["isDirectory", "a directory"],
  ["isFIFO", "a named pipe (FIFO)"],
  ["isCharacterDevice", "a device"],
  ["isBlockDevice", "a device"],
  ["isSocket", "a socket"],
];

const kindOf = (stats: Stats): string =>
  KIND_WORDS.find(([test]) => (stats[test] as () => boolean).call(stats))?.[1] ??
  "not a regular file";

const REASONS: Record<string, string> = {
  ENOENT: "it does not exist",
  ENOTDIR: "a part of its path is not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "its symbolic links form a loop",
  ENAMETOOLONG: "the path is too long",
  EISDIR: "it is a directory",
};

const why = (error: unknown): string => {
  const code = (error as { code?: unknown }).code;
  return (typeof code === "string" && REASONS[code]) || "it could not be read";
};

/**
 * Reads a UTF-8 input file (`what` names it: "the config file"). Anything but a regular file is
 * refused after a `stat`, before it is opened, so a FIFO or a device never blocks the run; every
 * failure says why.
 */
export async function readInputFile(path: string, what: string): Promise<string> {
  const fail = (reason: string): never => {
    throw new CliError(`Cannot read ${what} ${path}: ${reason}.`);
  };
  const before = await stat(path).catch((error: unknown) => fail(why(error)));
  if (!before.isFile()) fail(`it is ${kindOf(before)}, not a regular file`);
  if (before.size > MAX_INPUT_BYTES) fail(`it is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
  // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it cannot hang.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(
    (error: unknown) => fail(why(error)),
  );
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) {
      fail("it changed while it was being read");
    }
    return await handle.readFile("utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    return fail(why(error));
  } finally {
    await handle.close();
  }
}
