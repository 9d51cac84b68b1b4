import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import type { Redactor } from "@support/api-core";
import { maskCustomerData } from "./mask.js";

/** One JSON line per policy request. Keys are written in this order. */
export interface DecisionLogEntry {
  decision_id: string;
  time: string;
  route: string;
  status: number;
  /** The caller's token id (`tok_…`), or "local" when the server runs without tokens. */
  token_id: string;
  duration_ms: number;
  policy_version: string;
  /** sha256 of the JSON the policy evaluated; absent when the request never reached it. */
  input_hash?: string;
  decisions?: Array<{ action: string; ruleId: string; ticketId?: string; blocking: boolean }>;
  findings?: Array<{ rule: string; severity: string }>;
  matches?: Array<{ ticketId: string; reasons: string[] }>;
  error?: { code: string; fields?: string[] };
  /** For a vendor webhook: the delivery and what it was about. */
  webhook?: {
    delivery: string;
    status: string;
    event: string;
    incidentId?: string | undefined;
    ticketId?: string | undefined;
  };
  /** For a re-evaluation from live data on a webhook event: what changed, what was posted. */
  reevaluation?: {
    incident: string;
    incidentId: string;
    at: string;
    changes: Array<{ kind: string; ruleId?: string; ticketId?: string }>;
    posts: Array<{ ruleId: string; ticketId?: string; result: string }>;
  };
  /** The evaluated input: customer text masked, or whole with --log-inputs. */
  input?: unknown;
}

export interface LogSink {
  write(line: string): void;
  /** Flushes and releases the sink (stdout is flushed, never closed). */
  close(): Promise<void>;
}

export const stdoutSink = (): LogSink => ({
  write: (line) => process.stdout.write(line),
  close: () => new Promise((resolve) => process.stdout.write("", () => resolve())),
});

/** Appends to a file; the start-up fails on an unwritable path before any request is served. */
export async function fileSink(path: string): Promise<LogSink> {
  const stream = createWriteStream(path, { flags: "a" });
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  return {
    write: (line) => stream.write(line),
    close: () => new Promise((resolve) => stream.end(() => resolve())),
  };
}

/** The hash of an input as the log records it: `sha256:` and the hex digest of its JSON. */
export const inputHash = (input: unknown): string =>
  `sha256:${createHash("sha256").update(JSON.stringify(input)).digest("hex")}`;

export interface DecisionLog {
  record(entry: DecisionLogEntry, input?: unknown): void;
  close(): Promise<void>;
}

export function createDecisionLog(options: {
  sink: LogSink;
  logInputs: boolean;
  redactor: Redactor;
}): DecisionLog {
  const { sink, logInputs, redactor } = options;
  return {
    record(entry, input) {
      const line =
        input === undefined
          ? entry
          : { ...entry, input: logInputs ? input : maskCustomerData(input) };
      // Tokens and webhook secrets never reach the log, whatever a caller put in a text.
      sink.write(`${redactor.text(JSON.stringify(line))}\n`);
    },
    close: () => sink.close(),
  };
}
