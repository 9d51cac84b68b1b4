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

/** Every command, in the order the help lists them. */
export const COMMAND_ENTRIES: readonly CommandEntry[] = [
  {
    name: "brief",
    summary: "The briefing: the incident, who is on, the decisions by owner, the tickets.",
    load: async () => (await import("./brief.js")).briefCommand as Command,
  },
  {
    name: "watch",
    summary:
      "Stay with an incident: poll, and print only what changed (decisions, deadlines, tickets).",
    load: async () => (await import("./watch.js")).watchCommand as Command,
  },
  {
    name: "sweep",
    summary: "Plan (and with --apply make) the repetitive writes: attach, tag, macro, notices.",
    load: async () => (await import("./sweep.js")).sweepCommand as Command,
  },
  {
    name: "lint",
    summary: "Check a status page update, macro or reply the way customers will read it.",
    load: async () => (await import("./lint.js")).lintCommand as Command,
  },
  {
    name: "handover-note",
    summary:
      "Draft the hand-over post: status, ticket count, key information, what users were told.",
    load: async () => (await import("./handover-note.js")).handoverNoteCommand as Command,
  },
  {
    name: "done",
    summary:
      "Acknowledge a step the vendor APIs cannot see (macro shared, team updated, CS asked).",
    load: async () => (await import("./done.js")).doneCommand as Command,
  },
  {
    name: "undo",
    summary: "Take back an acknowledgement made with done.",
    load: async () => (await import("./undo.js")).undoCommand as Command,
  },
  {
    name: "rules",
    summary: "Every policy and lint rule with the handbook section it comes from.",
    load: async () => (await import("./rules.js")).rulesCommand as Command,
  },
];

/** A command's one-line summary (each command module takes its own from here). */
export function summaryOf(name: string): string {
  const entry = COMMAND_ENTRIES.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no command is registered as "${name}"`);
  return entry.summary;
}
