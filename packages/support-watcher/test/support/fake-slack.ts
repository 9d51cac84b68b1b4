// A stateful stand-in for the Slack Web API behind nock, answering in the shapes Slack documents
// (`ok`, `messages`, `has_more`, `response_metadata.next_cursor`, `{ ok: false, error }`), so the
// real @slack/web-api client is what the tests exercise.
import nock from "nock";

export interface FakeMessage {
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  thread_ts?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeChannel {
  id: string;
  name: string;
  /** Oldest first; answered newest first, as Slack does. */
  messages: FakeMessage[];
  /** Thread replies by parent ts, oldest first. */
  replies: Record<string, FakeMessage[]>;
  /** Slack's error code for reads or posts here (`not_in_channel`, `channel_not_found`). */
  readError?: string;
  postError?: string;
}

export interface SlackCall {
  method: string;
  params: Record<string, string>;
  status: number;
}

/** `2026-06-03T14:38:30Z` as a Slack ts with a fixed microsecond part. */
export const tsAt = (iso: string, micros = 100): string =>
  `${Math.floor(Date.parse(iso) / 1000)}.${String(micros).padStart(6, "0")}`;

export class FakeSlack {
  readonly channels = new Map<string, FakeChannel>();
  readonly users = new Map<string, string>();
  readonly calls: SlackCall[] = [];
  /** Messages per page, whatever `limit` asks (small, to make the client follow cursors). */
  pageSize = 2;
  /** 429 answers to give each method before answering it (with Retry-After: retryAfter). */
  readonly rateLimits = new Map<string, number>();
  retryAfter = "0";
  #next = 1;

  channel(id: string, name: string, messages: FakeMessage[] = []): FakeChannel {
    const channel: FakeChannel = { id, name, messages, replies: {} };
    this.channels.set(id, channel);
    return channel;
  }

  /** Every chat.postMessage that Slack accepted. */
  posts(): Record<string, string>[] {
    return this.calls
      .filter((c) => c.method === "chat.postMessage" && c.status === 200 && !("error" in c))
      .map((c) => c.params);
  }

  #page<T>(items: T[], cursor: string | undefined) {
    const from = cursor
      ? Number(Buffer.from(cursor, "base64").toString().replace("offset:", ""))
      : 0;
    const page = items.slice(from, from + this.pageSize);
    const more = from + this.pageSize < items.length;
    return {
      page,
      has_more: more,
      response_metadata: {
        next_cursor: more ? Buffer.from(`offset:${from + this.pageSize}`).toString("base64") : "",
      },
    };
  }

  handle(
    method: string,
    params: Record<string, string>,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const limited = this.rateLimits.get(method) ?? 0;
    if (limited > 0) {
      this.rateLimits.set(method, limited - 1);
      return {
        status: 429,
        body: { ok: false, error: "ratelimited" },
        headers: { "retry-after": this.retryAfter },
      };
    }
    const fail = (error: string) => ({ status: 200, body: { ok: false, error } });
    const channel = params.channel ? this.channels.get(params.channel) : undefined;
    switch (method) {
      case "conversations.list": {
        const all = [...this.channels.values()].map((c) => ({
          id: c.id,
          name: c.name,
          is_channel: true,
          is_private: false,
          is_archived: false,
        }));
        const { page, ...rest } = this.#page(all, params.cursor);
        return { status: 200, body: { ok: true, channels: page, ...rest } };
      }
      case "conversations.history": {
        if (!channel) return fail("channel_not_found");
        if (channel.readError) return fail(channel.readError);
        const oldest = Number(params.oldest ?? 0);
        const newestFirst = channel.messages.filter((m) => Number(m.ts) >= oldest).reverse();
        const { page, ...rest } = this.#page(newestFirst, params.cursor);
        return { status: 200, body: { ok: true, messages: page, pin_count: 0, ...rest } };
      }
      case "conversations.replies": {
        if (!channel) return fail("channel_not_found");
        if (channel.readError) return fail(channel.readError);
        const parent = channel.messages.find((m) => m.ts === params.ts);
        if (!parent) return fail("thread_not_found");
        const { page, ...rest } = this.#page(
          [parent, ...(channel.replies[parent.ts] ?? [])],
          params.cursor,
        );
        return { status: 200, body: { ok: true, messages: page, ...rest } };
      }
      case "chat.getPermalink":
        if (!channel) return fail("channel_not_found");
        return {
          status: 200,
          body: {
            ok: true,
            channel: channel.id,
            permalink: `https://acme.slack.com/archives/${channel.id}/p${params.message_ts?.replace(".", "")}`,
          },
        };
      case "users.info": {
        const name = params.user ? this.users.get(params.user) : undefined;
        if (!name) return fail("user_not_found");
        return {
          status: 200,
          body: {
            ok: true,
            user: {
              id: params.user,
              name: name.toLowerCase(),
              real_name: name,
              profile: { real_name: name, display_name: name },
            },
          },
        };
      }
      case "chat.postMessage": {
        if (!channel) return fail("channel_not_found");
        if (channel.postError) return fail(channel.postError);
        const ts = `${Math.floor(Date.parse("2026-06-03T16:05:00Z") / 1000) + this.#next++}.000200`;
        const message: FakeMessage = {
          ts,
          text: params.text ?? "",
          bot_id: "BSUPPORTW1",
          ...(params.thread_ts && { thread_ts: params.thread_ts }),
          ...(params.metadata && { metadata: JSON.parse(params.metadata) }),
        };
        if (params.thread_ts) {
          channel.replies[params.thread_ts] = [
            ...(channel.replies[params.thread_ts] ?? []),
            message,
          ];
          if (params.reply_broadcast === "true")
            channel.messages.push({ ...message, subtype: "thread_broadcast" });
        } else channel.messages.push(message);
        return { status: 200, body: { ok: true, channel: channel.id, ts, message } };
      }
      default:
        return fail("unknown_method");
    }
  }
}

/** Answers every Slack Web API call from the fake, recording each. */
export function serveSlack(fake: FakeSlack, origin = "https://slack.com"): void {
  nock(origin)
    .persist()
    .post(/^\/api\/[a-zA-Z.]+$/)
    .reply(async (request: Request) => {
      const method = new URL(request.url).pathname.replace("/api/", "");
      const params = Object.fromEntries(new URLSearchParams(await request.text()));
      const answer = fake.handle(method, params);
      fake.calls.push({
        method,
        params,
        status: answer.status,
        ...(typeof answer.body === "object" &&
          answer.body &&
          "error" in answer.body && { error: true }),
      });
      return [
        answer.status,
        JSON.stringify(answer.body),
        { "content-type": "application/json", ...answer.headers },
      ];
    });
}
