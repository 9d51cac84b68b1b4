import type { Io } from "../../src/io.js";
import { main } from "../../src/main.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** The injected clock. */
  now?: string;
  stdin?: string;
  /** Pretend both streams are terminals. */
  tty?: boolean;
  /** The pretend terminal's width. */
  columns?: number;
  /** The waits between retries and polls (default: return at once). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The clients' clock (default: the real one). */
  vendorNow?: () => number;
  /** The Slack client's back-off between retries (see Io.slackRetry). */
  slackRetry?: Io["slackRetry"];
  /** Answers a y/N question on the pretend terminal (with `tty`); none: there is no terminal. */
  confirm?: (question: string) => Promise<boolean>;
  /** A clock that moves (a watch); `now` is a fixed one. */
  clock?: () => Date;
  /** Stands for Ctrl-C (a watch takes it over). */
  interrupt?: AbortSignal;
}

/** Runs the CLI in-process with captured output, a fixed clock and sleeps that return at once. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: options.tty ?? false,
      columns: options.columns,
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
      isTTY: options.tty ?? false,
    },
    readStdin: async () => options.stdin ?? "",
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: options.clock ?? (() => new Date(options.now ?? "2026-06-03T16:05:00Z")),
    sleep: options.sleep ?? (async () => {}),
    ...(options.vendorNow && { vendorNow: options.vendorNow }),
    ...(options.slackRetry && { slackRetry: options.slackRetry }),
    ...(options.confirm && { confirm: options.confirm }),
    ...(options.interrupt && { onInterrupt: () => options.interrupt as AbortSignal }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
