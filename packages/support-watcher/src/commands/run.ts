// Running one command: its arguments, the run's time limit and the context it writes through.
import { MAX_RUN_TIMEOUT_SECONDS } from "../config/schema.js";
import { EXIT } from "../errors.js";
import type { Io } from "../io.js";
import { type Redact, shortSecretWarning } from "../output/redaction.js";
import { VendorCalls } from "../vendors/calls.js";
import { type Command, contextFor, helpOf, parseCommandArgs, secondsOption } from "./command.js";
import { RunBudget } from "./run-budget.js";

/** `io` is the redacted one; `tooShort` the credentials too short to redact safely. */
export async function runCommand(
  command: Command,
  argv: string[],
  io: Io,
  redact: Redact,
  tooShort: readonly string[],
): Promise<number> {
  const parsed = parseCommandArgs(command, argv);
  if (parsed.values.help === true) {
    io.stdout.write(`${helpOf(command)}\n`);
    return EXIT.ok;
  }
  const warning = shortSecretWarning(tooShort);
  if (warning) io.stderr.write(`${warning}\n`);
  const calls = new VendorCalls();
  const budget = new RunBudget(
    calls,
    secondsOption(parsed.values["run-timeout"], "run-timeout", MAX_RUN_TIMEOUT_SECONDS),
  );
  const running = command.run(parsed, contextFor(io, parsed.values, { calls, budget }, redact));
  return await (command.unbounded ? running : budget.race(running));
}
