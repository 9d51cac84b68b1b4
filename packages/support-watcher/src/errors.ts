/** Exit codes, as documented in the README. */
export const EXIT = {
  ok: 0,
  /** Blocking decisions, or lint errors, where the command says so. */
  attention: 1,
  /** Bad arguments, config, scenario or credentials. */
  badInput: 2,
  /** A vendor API failed (after the clients' retries). */
  vendor: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user can fix; its message is one plain line (or a short list) without a stack. */
export class CliError extends Error {
  override readonly name: string = "CliError";
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = EXIT.badInput) {
    super(message);
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
