import type { WebClient } from "@slack/web-api";
import type { WatcherConfig } from "../config/schema.js";
import { CliError, EXIT } from "../errors.js";
import { type AckEntry, ackEntryOf, ackPost, currentAcks } from "../slack/ack-marker.js";
import { isSlackError, slackCallFailure } from "../slack/errors.js";
import { type FoundMarker, findMarker, sameMarker } from "../slack/marker.js";
import { sendPosts } from "../slack/post.js";
import type { SlackReading } from "../slack/read.js";
import type { Recognition } from "../slack/recognise.js";
import {
  findChannelId,
  slackMessages,
  teamChannelOf,
  threadReplies,
  workflowPostIn,
} from "../slack/thread.js";
import type { Ack, AckKey, AckStore, AckStoreWrite, AckUndo } from "./types.js";
import { sameAck } from "./types.js";

/** What the Slack store needs: the bot's client and how to find an incident's workflow thread. */
export interface SlackAckContext {
  client: () => Promise<WebClient>;
  /** The team channel's name and, when configured, its id (no look-up then). */
  teamChannel: { name: string; id?: string | undefined };
  recognition: Recognition;
  /** Pages of 200 messages read per channel and thread at most. */
  maxPages: number;
  /**
   * The incident's Slack side as a live command read it (brief, watch): its thread's
   * acknowledgements are listed from it, with no request of their own.
   */
  reading?: SlackReading | undefined;
}

/** The Slack store's context from the config (the team channel, recognition, page limit). */
export const slackAckContext = (
  config: WatcherConfig,
  client: () => Promise<WebClient>,
  reading?: SlackReading,
): SlackAckContext => ({
  client,
  teamChannel: teamChannelOf(config),
  recognition: config.slack,
  maxPages: config.slack.maxPages,
  ...(reading && { reading }),
});

interface Thread {
  channel: string;
  name: string;
  threadTs: string;
  entries: AckEntry[];
  markers: FoundMarker[];
}

/**
 * Acknowledgements kept where the next watcher sees them: as marker replies (kind
 * `acknowledgement`, the acknowledgement in the message metadata) in the incident's workflow
 * thread in the team channel. Reading them is reading those replies in order; `undo` posts a
 * reply that takes one back, so the thread keeps the whole history. Writing needs the thread: an
 * incident without a workflow post is refused, never kept elsewhere instead.
 */
export class SlackAckStore implements AckStore {
  readonly kind = "slack_thread";
  readonly #options: SlackAckContext;
  constructor(options: SlackAckContext) {
    this.#options = options;
  }

  get description(): string {
    return `Slack, as replies in the ${this.#options.teamChannel.name} workflow thread`;
  }

  async list(incident: string): Promise<Ack[]> {
    const { reading } = this.#options;
    if (reading) return currentAcks(reading.acknowledgements);
    const thread = await this.#thread(incident, "read");
    return thread ? currentAcks(thread.entries) : [];
  }

  async add(incident: string, ack: Ack): Promise<AckStoreWrite> {
    const thread = (await this.#thread(incident, "write")) as Thread;
    const post = ackPost(incident, { op: "done", ack }, thread);
    if (thread.markers.some((marker) => sameMarker(marker, post.marker)))
      return { unchanged: true };
    const [sent] = await sendPosts(await this.#options.client(), [post], thread.markers);
    return sent?.ts ? { where: `ts ${sent.ts}` } : {};
  }

  async remove(incident: string, key: AckKey, undo?: AckUndo): Promise<Ack | undefined> {
    const thread = (await this.#thread(incident, "write")) as Thread;
    const found = currentAcks(thread.entries).find((ack) => sameAck(ack, key));
    if (!found) return undefined;
    const post = ackPost(
      incident,
      {
        op: "undo",
        ack: found,
        ...(undo?.by !== undefined && { undoneBy: undo.by }),
        ...(undo?.at !== undefined && { undoneAt: undo.at }),
      },
      thread,
    );
    await sendPosts(await this.#options.client(), [post], thread.markers);
    return found;
  }

  /** The incident's workflow thread and its replies; undefined (reading) or an error (writing) without one. */
  async #thread(incident: string, purpose: "read" | "write"): Promise<Thread | undefined> {
    const { teamChannel, recognition, maxPages } = this.#options;
    const client = await this.#options.client();
    const call = async <T>(method: string, channel: string, run: () => Promise<T>) => {
      try {
        return await run();
      } catch (error) {
        throw isSlackError(error) ? slackCallFailure(error, method, channel) : error;
      }
    };
    const name = teamChannel.name;
    const channel =
      teamChannel.id ?? (await call("conversations.list", name, () => findChannelId(client, name)));
    const where = `${name} (${channel})`;
    const history = await call("conversations.history", where, () =>
      slackMessages(
        client,
        "conversations.history",
        { channel, include_all_metadata: true },
        maxPages,
      ),
    );
    const workflow = workflowPostIn(history, { reference: incident }, recognition);
    if (!workflow) {
      if (purpose === "read") return undefined;
      throw new CliError(
        `Slack POST conversations.history found no workflow post for ${incident} in channel ${where} (the newest ${maxPages * 200} messages), so there is no thread to keep the acknowledgement in; nothing was written. Pass --local to keep it on this machine only.`,
        EXIT.vendor,
      );
    }
    const replies = await call("conversations.replies", where, () =>
      threadReplies(client, channel, workflow.ts, maxPages),
    );
    return {
      channel,
      name,
      threadTs: workflow.ts,
      entries: replies.flatMap((reply) => ackEntryOf(reply, incident) ?? []),
      markers: replies.flatMap((reply) => findMarker(reply) ?? []),
    };
  }
}
