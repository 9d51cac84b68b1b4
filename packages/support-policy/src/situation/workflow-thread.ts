// What the team channel's workflow thread shows: hands raised for the watcher role and handover
// notes, read against the watcher request and the watcher's day.
import { iso } from "../details/words.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import type { WatcherState } from "./watcher.js";

const MINUTE = 60_000;

export interface HandRaise {
  name: string;
  at: string;
}

export interface HandoverNoteRef {
  at: string;
  by: string | null;
  url: string | null;
}

/** When the wait for a volunteer started: the request, or when an absent watcher went off. */
export function volunteerRequestedAt(
  incident: Incident,
  watcher: WatcherState | undefined,
): number {
  const requested = Date.parse(incident.supportWatcherRequestedAt ?? incident.declaredAt);
  return Math.max(requested, watcher?.absence ? (watcher.offSince ?? requested) : requested);
}

/** Hands raised since the wait for a volunteer started, earliest first. */
export function handsRaisedSince(incident: Incident, since: number): HandRaise[] {
  return (incident.handRaises ?? [])
    .map((raise) => ({ name: raise.name, at: Date.parse(raise.at) }))
    .filter((raise) => raise.at >= since)
    .sort((a, b) => a.at - b.at)
    .map((raise) => ({ name: raise.name, at: iso(raise.at) }));
}

/** The newest handover note, as the pickup steps point at it. */
export function newestHandoverNote(incident: Incident): HandoverNoteRef | null {
  let newest: { at: number; by?: string | undefined; url?: string | undefined } | undefined;
  for (const note of incident.handoverNotes ?? []) {
    const at = Date.parse(note.at);
    if (!newest || at >= newest.at) newest = { at, by: note.by, url: note.url };
  }
  return newest ? { at: iso(newest.at), by: newest.by ?? null, url: newest.url ?? null } : null;
}

/**
 * Whether this handover's note is already posted: one posted at most handoverLeadMinutes before
 * the handover is due (the end of the watcher's day, or when they went off), or later.
 */
export function handoverNotePosted(
  incident: Incident,
  watcher: WatcherState | undefined,
  now: number,
  config: Config,
): boolean {
  const due = watcher?.today ? watcher.today.end : (watcher?.offSince ?? now);
  const from = due - config.handoverLeadMinutes * MINUTE;
  return (incident.handoverNotes ?? []).some((note) => Date.parse(note.at) >= from);
}
