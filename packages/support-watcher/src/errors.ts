/** Exit codes, as documented in the README. */
export const EXIT = {
  ok: 0,
  /** Blocking decisions, or lint errors, where the command says so. */
  attention: 1,
  /** Bad arguments, config, scenario or credentials: something the user can fix. */
  badInput: 2,
  /** A vendor failed or sent data the policy cannot use (after the clients' retries). */
  vendor: 3,
  /** A bug in support-watcher itself. */
  internal: 70,
  /** Stopped with Ctrl-C (128 + SIGINT), e.g. a watch. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user can fix; its message is one plain line (or a short list) without a stack. */
export class CliError extends Error {
  override readonly name: string = "CliError";
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = EXIT.badInput, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/** Bad command-line usage: unknown option, missing argument. */
export class UsageError extends CliError {
  override readonly name = "UsageError";
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message, EXIT.badInput);
    this.command = command;
  }
}

/** A credential the command needs is not in the environment. */
export class MissingCredentialError extends CliError {
  override readonly name = "MissingCredentialError";
  readonly variable: string;
  constructor(variable: string, purpose: string) {
    super(`${variable} is not set: ${purpose}.`, EXIT.badInput);
    this.variable = variable;
  }
}

/** The vendor call a failure happened in, and the object it was about. */
export interface VendorCall {
  vendor: string;
  method: string;
  /** The operation's path, e.g. `/v2/incidents/{id}`. */
  path: string;
  /** What was being read or written, e.g. `incident INC-2417`, `ticket 48190`. */
  object: string;
}

/**
 * A vendor failed (an API error after retries, a pagination loop, a malformed body) or sent data
 * the policy cannot work without. The message names the vendor, method, path and object.
 */
export class VendorError extends CliError {
  override readonly name = "VendorError";
  readonly call: VendorCall;
  /** `what` is e.g. `failed (HTTP 503)` or `sent unusable data`; `detail` says the rest. */
  constructor(call: VendorCall, what: string, detail: string, options?: ErrorOptions) {
    super(
      `${call.vendor} ${call.method} ${call.path} ${what} for ${call.object}: ${detail}`,
      EXIT.vendor,
      options,
    );
    this.call = call;
  }
}

/** The run took longer than its time limit; names the vendor calls that were still running. */
export class RunTimeoutError extends CliError {
  override readonly name = "RunTimeoutError";
  constructor(seconds: number, running: readonly string[]) {
    const waiting =
      running.length === 0
        ? "no vendor call was running at that moment"
        : `it was waiting for ${running.join(", ")}`;
    super(
      `the run took longer than its limit of ${seconds} s (--run-timeout or runTimeoutSeconds in the config); ${waiting}.`,
      EXIT.vendor,
    );
  }
}
