/** The parts of a Slack message (`conversations.history` / `.replies`) support-watcher reads. */
export interface SlackMessage {
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  username?: string;
  subtype?: string;
  thread_ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  blocks?: unknown[];
  attachments?: Array<Record<string, unknown>>;
  bot_profile?: { id?: string; app_id?: string; name?: string };
}

/** A Slack `ts` ("1717425480.123456", seconds since the epoch) as an ISO instant; undefined if not one. */
export function instantOf(ts: unknown): string | undefined {
  if (typeof ts !== "string" || !/^\d{9,11}(\.\d{1,6})?$/.test(ts)) return undefined;
  return new Date(Math.floor(Number(ts) * 1000)).toISOString();
}

/** An instant as the `oldest` bound Slack takes: whole seconds. */
export const tsOf = (instant: number): string => String(Math.floor(instant / 1000));

const textsIn = (value: unknown, out: string[], depth = 0): void => {
  if (depth > 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) textsIn(item, out, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string" && ["text", "fallback", "pretext", "title", "url"].includes(key))
      out.push(item);
    else textsIn(item, out, depth + 1);
  }
};

/** Everything a message says: its text, its blocks' and attachments' texts, in one string. */
export function wordsOf(message: SlackMessage): string {
  const out: string[] = typeof message.text === "string" ? [message.text] : [];
  textsIn(message.blocks, out);
  textsIn(message.attachments, out);
  return out.join("\n");
}

/** Posted by an app or bot (a workflow, an integration, support-watcher) rather than a person. */
export const isBotMessage = (message: SlackMessage): boolean =>
  message.bot_id !== undefined ||
  message.subtype === "bot_message" ||
  message.bot_profile !== undefined;
