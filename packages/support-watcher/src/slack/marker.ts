/** What support-watcher posts to Slack; each kind is posted at most once per key. */
export const POST_KINDS = [
  "announce_macro",
  "update_team",
  "report_ticket_pattern",
  "handover",
  "acknowledgement",
  "blocking_decision",
] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** Identifies one post: the incident, what it is and what it is about (a macro id, an instant). */
export interface PostMarker {
  incident: string;
  kind: PostKind;
  /** What makes this post unique within its kind, e.g. the macro id or the impact change. */
  key: string;
}

/** The Slack message metadata event type every post carries. */
export const MARKER_EVENT_TYPE = "support_watcher_post";

// node:crypto takes milliseconds to load, and only runs that read or post Slack markers hash.
const digest = (key: string) =>
  process
    .getBuiltinModule("node:crypto")
    .createHash("sha256")
    .update(key)
    .digest("hex")
    .slice(0, 10);

/**
 * The marker as Slack message metadata (`chat.postMessage` `metadata`); `extra` adds flat string
 * fields to the payload (an acknowledgement's rule, time and author).
 */
export const markerMetadata = (
  marker: PostMarker,
  extra: Readonly<Record<string, string>> = {},
) => ({
  event_type: MARKER_EVENT_TYPE,
  event_payload: {
    ...extra,
    incident: marker.incident,
    kind: marker.kind,
    key: digest(marker.key),
  },
});

/** The same marker as a token in the text, for readers that do not get the metadata. */
export const markerToken = (marker: PostMarker): string =>
  `[sw:${marker.incident}:${marker.kind}:${digest(marker.key)}]`;

/** The last line of every post: who posted it and its marker, in small type. */
export const markerLine = (marker: PostMarker): string =>
  `_Posted with support-watcher ${markerToken(marker)}_`;

/** A marker as found on a message: the key only as its digest. */
export interface FoundMarker {
  incident: string;
  kind: PostKind;
  digest: string;
}

const TOKEN = /\[sw:(INC-\d+):([a-z_]+):([0-9a-f]{10})\]/;
const isKind = (value: unknown): value is PostKind =>
  typeof value === "string" && (POST_KINDS as readonly string[]).includes(value);

/** The marker of a message, from its metadata or else its text; undefined when it has none. */
export function findMarker(message: {
  text?: string | undefined;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> } | undefined;
}): FoundMarker | undefined {
  const payload = message.metadata?.event_payload;
  if (message.metadata?.event_type === MARKER_EVENT_TYPE && payload) {
    const { incident, kind, key } = payload;
    if (typeof incident === "string" && isKind(kind) && typeof key === "string")
      return { incident, kind, digest: key };
  }
  const match = TOKEN.exec(message.text ?? "");
  if (match && isKind(match[2]))
    return { incident: match[1] ?? "", kind: match[2], digest: match[3] ?? "" };
  return undefined;
}

/** True when a found marker is the one a post would carry. */
export const sameMarker = (found: FoundMarker, marker: PostMarker): boolean =>
  found.incident === marker.incident &&
  found.kind === marker.kind &&
  found.digest === digest(marker.key);
