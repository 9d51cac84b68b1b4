import type { CommandContext } from "./command.js";

export interface Progress {
  /** A stage starts ("reading INC-123 from incident.io"). */
  step(message: string): void;
  /** Progress through many items; on a terminal one line is rewritten, else every tenth is logged. */
  count(label: string, done: number, total: number): void;
  /** Ends a rewritten line. */
  done(): void;
}

/** Progress goes to stderr so stdout stays clean for the result (and for --json). */
export function progressReporter(context: CommandContext): Progress {
  const { stderr } = context.io;
  const s = context.err;
  let open = false;
  let lastDecile = -1;
  const end = () => {
    if (open) stderr.write("\n");
    open = false;
  };
  return {
    // Stages are shown on a terminal only; in a log the counts below say enough.
    step(message) {
      if (!stderr.isTTY) return;
      end();
      stderr.write(`${s.dim(`… ${message}`)}\n`);
    },
    count(label, done, total) {
      if (stderr.isTTY) {
        stderr.write(`\r${s.dim(`… ${label} ${done}/${total}`)}`);
        open = done < total;
        if (!open) stderr.write("\n");
        return;
      }
      const decile = total === 0 ? 10 : Math.floor((done * 10) / total);
      if (decile !== lastDecile || done === total) {
        lastDecile = decile;
        stderr.write(`… ${label} ${done}/${total}\n`);
      }
    },
    done: end,
  };
}
