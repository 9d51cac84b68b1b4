import type { WebClient } from "@slack/web-api";
import type { WatcherConfig } from "../config/schema.js";
import { instantOf, type SlackMessage, tsOf } from "./message.js";
import { isWorkflowPost, type Recognition } from "./recognise.js";

/** Messages asked for per page (Slack's documented maximum for history and replies is 1,000). */
export const SLACK_PAGE = 200;

// The workflow posts at the declaration; allow for clocks that disagree a little.
const BEFORE_DECLARATION_MS = 10 * 60_000;

/** The team channel of the config: its name (default #team-support) and, when set, its id. */
export const teamChannelOf = (
  config: WatcherConfig,
): { name: string; id?: string | undefined } => ({
  name: config.channels.team ?? "#team-support",
  id: config.slack.channelIds.team,
});

/** The `oldest` bound for reading a channel about an incident: just before its declaration. */
export const oldestFor = (declaredAt: string): string =>
  tsOf(Date.parse(declaredAt) - BEFORE_DECLARATION_MS);

type Page = { messages?: SlackMessage[]; channels?: Array<{ id?: string; name?: string }> };

/** A paginated read's messages, following `next_cursor`, at most `maxPages` pages. */
export async function slackMessages(
  client: WebClient,
  method: "conversations.history" | "conversations.replies",
  args: Record<string, unknown>,
  maxPages: number,
): Promise<SlackMessage[]> {
  const messages: SlackMessage[] = [];
  let pages = 0;
  for await (const page of client.paginate(method, { ...args, limit: SLACK_PAGE })) {
    messages.push(...((page as Page).messages ?? []));
    if (++pages >= maxPages) break;
  }
  return messages;
}

/** A channel's id by its name (`#team-support`); a Slack-shaped `channel_not_found` when none. */
export async function findChannelId(client: WebClient, name: string): Promise<string> {
  const bare = name.replace(/^#/, "");
  for await (const page of client.paginate("conversations.list", {
    types: "public_channel,private_channel",
    exclude_archived: true,
    limit: 1000,
  })) {
    const found = (page as Page).channels?.find((c) => c.name === bare);
    if (found?.id) return found.id;
  }
  throw Object.assign(new Error("channel_not_found"), {
    code: "slack_webapi_platform_error",
    data: { error: "channel_not_found" },
  });
}

/** The workflow post among a channel's messages: the earliest that is one (see isWorkflowPost). */
export function workflowPostIn(
  messages: readonly SlackMessage[],
  incident: { reference: string; channelId?: string | undefined },
  recognition: Recognition,
): SlackMessage | undefined {
  return messages
    .filter((m) => instantOf(m.ts) !== undefined && isWorkflowPost(m, incident, recognition))
    .sort((a, b) => Number(a.ts) - Number(b.ts))[0];
}

/** The replies of a thread, without its parent, with their metadata. */
export async function threadReplies(
  client: WebClient,
  channel: string,
  ts: string,
  maxPages: number,
): Promise<SlackMessage[]> {
  const messages = await slackMessages(
    client,
    "conversations.replies",
    { channel, ts, include_all_metadata: true },
    maxPages,
  );
  return messages.filter((m) => m.ts !== ts);
}
