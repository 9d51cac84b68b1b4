import { readFile } from "node:fs/promises";

/** Where a command writes: a stream-like sink that may be a terminal. */
export interface Output {
  write(text: string): void;
  /** True when the sink is an interactive terminal (colour and progress lines are allowed). */
  readonly isTTY: boolean;
}

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
}

const sink = (stream: NodeJS.WriteStream): Output => ({
  write: (text) => {
    stream.write(text);
  },
  isTTY: stream.isTTY === true,
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
  };
}

export const readText = (path: string): Promise<string> => readFile(path, "utf8");
