import { acknowledgeable } from "../acks/mapping.js";
import { type Ack, AckSchema, sameAck } from "../acks/types.js";
import { dateTime } from "../output/time.js";
import type { PlannedPost } from "./compose.js";
import { MARKER_EVENT_TYPE, markerLine, type PostMarker } from "./marker.js";
import { isBotMessage, type SlackMessage } from "./message.js";
import { slackText } from "./text.js";

/** `done` records an acknowledgement; `undo` takes one back (the reply stays, as history). */
export type AckOp = "done" | "undo";

/** One acknowledgement reply in the workflow thread. */
export interface AckEntry {
  op: AckOp;
  /** The acknowledgement recorded, or (undo) the one taken back. */
  ack: Ack;
  /** undo: who took it back, and when. */
  undoneBy?: string;
  undoneAt?: string;
  /** The reply's Slack ts (thread order). */
  ts: string;
}

/** What identifies one reply: the same `done` (or `undo`) of the same step is never posted twice. */
export function ackMarker(incident: string, entry: Omit<AckEntry, "ts">): PostMarker {
  const { ack } = entry;
  const step = `${ack.ruleId}#${ack.ticketId ?? ""} ${ack.at}`;
  return {
    incident,
    kind: "acknowledgement",
    key: entry.op === "done" ? `done ${step} ${ack.by} ${ack.answer ?? ""}` : `undo ${step}`,
  };
}

/** The acknowledgement as flat metadata fields (Slack metadata values are strings here). */
const payloadOf = (entry: Omit<AckEntry, "ts">): Record<string, string> => {
  const { ack } = entry;
  return {
    op: entry.op,
    rule_id: ack.ruleId,
    ...(ack.ticketId !== undefined && { ticket_id: ack.ticketId }),
    at: ack.at,
    by: ack.by,
    ...(ack.note !== undefined && { note: ack.note }),
    ...(ack.answer !== undefined && { answer: ack.answer }),
    ...(entry.undoneBy !== undefined && { undone_by: entry.undoneBy }),
    ...(entry.undoneAt !== undefined && { undone_at: entry.undoneAt }),
  };
};

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/**
 * The acknowledgement a thread reply carries, from its message metadata (the text is for people);
 * undefined for any other message, one about another incident, or one not posted by an app.
 */
export function ackEntryOf(message: SlackMessage, reference: string): AckEntry | undefined {
  const payload = message.metadata?.event_payload;
  if (message.metadata?.event_type !== MARKER_EVENT_TYPE || !payload || !isBotMessage(message))
    return undefined;
  if (payload.kind !== "acknowledgement") return undefined;
  if (text(payload.incident)?.toUpperCase() !== reference.toUpperCase()) return undefined;
  const op = payload.op;
  if (op !== "done" && op !== "undo") return undefined;
  const parsed = AckSchema.safeParse({
    ruleId: payload.rule_id,
    ticketId: text(payload.ticket_id),
    at: payload.at,
    by: payload.by,
    note: text(payload.note),
    answer: text(payload.answer),
  });
  if (!parsed.success) return undefined;
  // The schema lets absent optional fields through as undefined keys; keep the stored shape.
  const ack = Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== undefined),
  ) as Ack;
  const undoneBy = text(payload.undone_by);
  const undoneAt = text(payload.undone_at);
  return {
    op,
    ack,
    ...(undoneBy !== undefined && { undoneBy }),
    ...(undoneAt !== undefined && { undoneAt }),
    ts: message.ts,
  };
}

/**
 * The acknowledgements in force after the thread's replies, in order: a `done` replaces an
 * earlier one of the same rule and ticket (as the local store does), an `undo` removes the one it
 * names.
 */
export function currentAcks(entries: readonly AckEntry[]): Ack[] {
  let current: Ack[] = [];
  for (const entry of [...entries].sort((a, b) => Number(a.ts) - Number(b.ts))) {
    if (entry.op === "done")
      current = [...current.filter((a) => !sameAck(a, entry.ack)), entry.ack];
    else current = current.filter((a) => !(sameAck(a, entry.ack) && a.at === entry.ack.at));
  }
  return current;
}

const step = (ack: Ack) =>
  `*${slackText(ack.ruleId, { max: 60 })}*${ack.ticketId ? ` (ticket ${slackText(ack.ticketId, { max: 40 })})` : ""}`;

/** The reply that keeps an acknowledgement (or takes one back) in the workflow thread. */
export function ackPost(
  reference: string,
  entry: Omit<AckEntry, "ts">,
  thread: { channel: string; name: string; threadTs: string },
): PlannedPost {
  const { ack } = entry;
  const when = (at: string) => slackText(dateTime(at, "UTC"));
  const lines =
    entry.op === "done"
      ? [
          `✓ ${step(ack)} for ${slackText(reference)} acknowledged by ${slackText(ack.by, { max: 80 })} at ${when(ack.at)}: ${slackText(acknowledgeable(ack.ruleId)?.means ?? "done")}.`,
          ...(ack.answer
            ? [
                `CS answered: ${ack.answer === "handle" ? "they will handle the customer" : "support replies"}.`,
              ]
            : []),
          ...(ack.note ? [`> ${slackText(ack.note, { max: 200 })}`] : []),
        ]
      : [
          `↩ ${step(ack)} for ${slackText(reference)} taken back by ${slackText(entry.undoneBy ?? "", { max: 80 })}: the acknowledgement by ${slackText(ack.by, { max: 80 })} at ${when(ack.at)} no longer counts.`,
        ];
  const marker = ackMarker(reference, entry);
  return {
    kind: "acknowledgement",
    ruleId: ack.ruleId,
    where: `${thread.name} (workflow thread)`,
    channel: thread.channel,
    threadTs: thread.threadTs,
    broadcast: false,
    text: [...lines, markerLine(marker)].join("\n"),
    marker,
    payload: payloadOf(entry),
  };
}
