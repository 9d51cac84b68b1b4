// Every command, loaded: for library users who list or run them; the command line loads only the
// one it runs (see registry.ts).
import { briefCommand } from "./brief.js";
import type { Command } from "./command.js";
import { doneCommand } from "./done.js";
import { handoverNoteCommand } from "./handover-note.js";
import { lintCommand } from "./lint.js";
import { rulesCommand } from "./rules.js";
import { sweepCommand } from "./sweep.js";
import { undoCommand } from "./undo.js";
import { watchCommand } from "./watch.js";

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  briefCommand,
  watchCommand,
  sweepCommand,
  lintCommand,
  handoverNoteCommand,
  doneCommand,
  undoCommand,
  rulesCommand,
] as Command[];
