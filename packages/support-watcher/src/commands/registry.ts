// The commands by name, each with its one-line summary: what the top-level help and the
// unknown-command message need, without loading any command (a command's module loads the
// policy, zod and the rest only when that command runs).
import type { Command } from "./command.js";

export interface CommandEntry {
  name: string;
  summary: string;
  /** The command itself, loaded on first use. */
  load(): Promise<Command>;
}

const entry = (name: string, summary: string, load: () => Promise<unknown>): CommandEntry => ({
  name,
  summary,
  load: load as () => Promise<Command>,
});

/** Every command, in the order the help lists them. */
export const COMMAND_ENTRIES: readonly CommandEntry[] = [
  entry(
    "brief",
    "The briefing: the incident, who is on, the decisions by owner, the tickets.",
    async () => (await import("./brief.js")).briefCommand,
  ),
  entry(
    "watch",
    "Stay with an incident: poll, and print only what changed (decisions, deadlines, tickets).",
    async () => (await import("./watch.js")).watchCommand,
  ),
  entry(
    "sweep",
    "Plan (and with --apply make) the repetitive writes: attach, tag, macro, notices.",
    async () => (await import("./sweep.js")).sweepCommand,
  ),
  entry(
    "lint",
    "Check a status page update, macro or reply the way customers will read it.",
    async () => (await import("./lint.js")).lintCommand,
  ),
  entry(
    "handover-note",
    "Draft the hand-over post: status, ticket count, key information, what users were told.",
    async () => (await import("./handover-note.js")).handoverNoteCommand,
  ),
  entry(
    "done",
    "Acknowledge a step the vendor APIs cannot see (macro shared, team updated, CS asked).",
    async () => (await import("./done.js")).doneCommand,
  ),
  entry(
    "undo",
    "Take back an acknowledgement made with done.",
    async () => (await import("./undo.js")).undoCommand,
  ),
  entry(
    "rules",
    "Every policy and lint rule with the handbook section it comes from.",
    async () => (await import("./rules.js")).rulesCommand,
  ),
];

/** A command's one-line summary (each command module takes its own from here). */
export function summaryOf(name: string): string {
  const entry = COMMAND_ENTRIES.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no command is registered as "${name}"`);
  return entry.summary;
}
