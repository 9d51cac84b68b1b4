import type { Snapshot } from "../snapshot.js";
import { acknowledgeable } from "./mapping.js";
import { type Ack, sameAck } from "./types.js";

/** One acknowledgement as merged into a snapshot: applied, or why not. */
export interface MergedAck extends Ack {
  /** The policy input field(s) it set. */
  field: string | null;
  applied: boolean;
  /** Why it was not applied. */
  reason?: string;
}

export interface AckMerge {
  /** The snapshot with every applicable acknowledgement written into its input. */
  snapshot: Snapshot;
  acknowledgements: MergedAck[];
}

/**
 * Writes acknowledgements into a snapshot's policy input, oldest first (so a later "CS will
 * handle it" keeps the time CS was first asked). Those made after the snapshot's `now` did not
 * exist yet at that instant and are left out of the input. The snapshot given is not changed.
 * `stored` wins over `carried` (a scenario's own list) for the same rule and ticket.
 */
export function mergeAcks(
  snapshot: Snapshot,
  stored: readonly Ack[],
  carried: readonly Ack[] = snapshot.acknowledgements ?? [],
): AckMerge {
  const byTime = (a: Ack, b: Ack) =>
    Date.parse(a.at) - Date.parse(b.at) || a.ruleId.localeCompare(b.ruleId);
  // The latest of each rule and ticket counts (a team updated twice was last updated the second time).
  const now = Date.parse(snapshot.now);
  const latest = (list: Ack[]) =>
    list.filter((ack, i) => !list.slice(i + 1).some((later) => sameAck(later, ack)));
  const sorted = [...carried.filter((c) => !stored.some((s) => sameAck(s, c))), ...stored].sort(
    byTime,
  );
  const all = [
    ...latest(sorted.filter((a) => Date.parse(a.at) <= now)),
    ...latest(sorted.filter((a) => Date.parse(a.at) > now)),
  ];
  if (all.length === 0) return { snapshot, acknowledgements: [] };
  const incident = structuredClone(snapshot.incident);
  const tickets = structuredClone(snapshot.tickets);
  const acknowledgements = all.map((ack): MergedAck => {
    const entry = acknowledgeable(ack.ruleId);
    const skipped = (reason: string): MergedAck => ({
      ...ack,
      field: entry?.field ?? null,
      applied: false,
      reason,
    });
    if (!entry) return skipped(`${ack.ruleId} cannot be acknowledged`);
    if (Date.parse(ack.at) > now) return skipped("made after the time evaluated");
    const ticket =
      entry.level === "ticket" ? tickets.find((t) => t.id === ack.ticketId) : undefined;
    const why = entry.apply({ incident, ticket }, ack);
    return why === undefined ? { ...ack, field: entry.field, applied: true } : skipped(why);
  });
  return { snapshot: { ...snapshot, incident, tickets }, acknowledgements };
}
