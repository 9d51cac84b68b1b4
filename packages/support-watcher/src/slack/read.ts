import type { WebClient } from "@slack/web-api";
import type { DataProblem } from "../adapters/data-problems.js";
import { type AckEntry, ackEntryOf } from "./ack-marker.js";
import { isSlackError, slackErrorCode, slackErrorReason } from "./errors.js";
import { type FoundMarker, findMarker } from "./marker.js";
import { instantOf, type SlackMessage } from "./message.js";
import {
  isPatternNote,
  mentionsIncident,
  mentionsMacro,
  type Recognition,
  threadReplyRoles,
} from "./recognise.js";
import {
  findChannelId,
  oldestFor,
  slackMessages,
  threadReplies,
  workflowPostIn,
} from "./thread.js";

/** What the reading needs to know about the incident. */
export interface SlackIncident {
  reference: string;
  declaredAt: string;
  /** incident.io's `slack_channel_id` (absent while incident.io is still creating the channel). */
  channelId?: string | undefined;
}

export interface SlackReadOptions {
  client: WebClient;
  incident: SlackIncident;
  /** The team channel's name (`#team-support`) and, when configured, its id (no look-up then). */
  teamChannel: { name: string; id?: string | undefined };
  recognition: Recognition;
  /** Pages of 200 messages read per channel at most. */
  maxPages: number;
  /** Slack user id → name, from the roster's `slack` fields. */
  rosterNames: ReadonlyMap<string, string>;
}

export interface SlackPost {
  at: string;
  ts: string;
  channel: string;
  user?: string | undefined;
}

/** What Slack says about one incident, each part empty when it could not be read. */
export interface SlackReading {
  teamChannel?: { id: string; name: string } | undefined;
  /** The incident channel, when incident.io names one and it could be read. */
  incidentChannel?: string | undefined;
  workflowPost?: { ts: string; at: string; permalink?: string | undefined } | undefined;
  handRaises: Array<{ user: string; name: string; at: string }>;
  /** People's (and support-watcher's) posts about the incident in the thread or team channel. */
  supportPosts: Array<SlackPost & { where: "thread" | "team_channel"; mentionsMacro: boolean }>;
  handoverNotes: Array<SlackPost & { by?: string | undefined; url?: string | undefined }>;
  patternNotes: Array<SlackPost & { where: "incident_channel" | "team_channel" }>;
  /** support-watcher's own posts found, so none is posted twice. */
  markers: Array<FoundMarker & SlackPost>;
  /** Acknowledgements kept as marker replies in the workflow thread, in thread order. */
  acknowledgements: AckEntry[];
  /** Calls that failed: data problems, never a stop. */
  problems: DataProblem[];
  /** The channels read, for the briefing's header. */
  read: string[];
}

/**
 * Reads the incident's side of Slack: the workflow post in the team channel and its thread (hands
 * raised, handover notes, support posts), the team channel's posts about the incident, and the
 * incident channel's pattern notes. Every call is optional: one that fails becomes a data problem
 * naming the method and channel, and the reading goes on without it.
 */
export async function readSlack(options: SlackReadOptions): Promise<SlackReading> {
  const { client, incident, recognition } = options;
  const reading: SlackReading = {
    handRaises: [],
    supportPosts: [],
    handoverNotes: [],
    patternNotes: [],
    markers: [],
    acknowledgements: [],
    problems: [],
    read: [],
  };
  const problem = (method: string, channel: string, error: unknown, skipped: string) => {
    if (!isSlackError(error)) throw error;
    reading.problems.push({
      vendor: "Slack",
      object: "channel",
      id: channel,
      field: method,
      value: slackErrorCode(error),
      action: `skipped: ${slackErrorReason(error)}; ${skipped}`,
    });
  };
  const oldest = oldestFor(incident.declaredAt);
  /** A channel's messages since just before the declaration, with their metadata; undefined on failure. */
  const channelHistory = (channel: string, label: string, skipped: string) =>
    slackMessages(
      client,
      "conversations.history",
      { channel, oldest, inclusive: true, include_all_metadata: true },
      options.maxPages,
    ).catch((error: unknown) => {
      problem("conversations.history", label, error, skipped);
      return undefined;
    });
  const teamName = options.teamChannel.name;

  const teamId =
    options.teamChannel.id ??
    (await findChannelId(client, teamName).catch((error: unknown) => {
      problem(
        "conversations.list",
        teamName,
        error,
        "the team channel and the workflow thread were not read",
      );
      return undefined;
    }));

  const names = new Map(options.rosterNames);
  const nameOf = async (user: string | undefined): Promise<string | undefined> => {
    if (user === undefined) return undefined;
    const known = names.get(user);
    if (known !== undefined) return known;
    const info = (await client.apiCall("users.info", { user }).catch((error: unknown) => {
      problem("users.info", user, error, "the person is shown by their Slack id");
      return undefined;
    })) as
      | {
          user?: {
            real_name?: string;
            name?: string;
            profile?: { real_name?: string; display_name?: string };
          };
        }
      | undefined;
    const name =
      info?.user?.profile?.real_name ||
      info?.user?.real_name ||
      info?.user?.profile?.display_name ||
      info?.user?.name ||
      `Slack user ${user}`;
    names.set(user, name);
    return name;
  };
  const permalink = async (channel: string, ts: string): Promise<string | undefined> => {
    const found = (await client
      .apiCall("chat.getPermalink", { channel, message_ts: ts })
      .catch((error: unknown) => {
        problem("chat.getPermalink", channel, error, "the message is shown without its link");
        return undefined;
      })) as { permalink?: string } | undefined;
    return typeof found?.permalink === "string" ? found.permalink : undefined;
  };
  const post = (message: SlackMessage, channel: string): SlackPost | undefined => {
    const at = instantOf(message.ts);
    return at === undefined
      ? undefined
      : { at, ts: message.ts, channel, ...(message.user !== undefined && { user: message.user }) };
  };
  const keepMarker = (message: SlackMessage, channel: string): FoundMarker | undefined => {
    const marker = findMarker(message);
    const where = post(message, channel);
    if (!marker || !where || marker.incident.toUpperCase() !== incident.reference.toUpperCase())
      return undefined;
    reading.markers.push({ ...marker, ...where });
    return marker;
  };

  if (teamId !== undefined) {
    reading.teamChannel = { id: teamId, name: teamName };
    const history = await channelHistory(
      teamId,
      teamName,
      "the workflow post and team updates were not read",
    );
    if (history) {
      reading.read.push(teamName);
      const messages = history.filter((m) => instantOf(m.ts) !== undefined);
      const workflow = workflowPostIn(messages, incident, recognition);
      for (const message of messages) {
        if (
          message === workflow ||
          (message.thread_ts !== undefined && message.thread_ts !== message.ts)
        )
          continue;
        const marker = keepMarker(message, teamId);
        const where = post(message, teamId);
        if (
          !where ||
          (!marker && (message.bot_id !== undefined || !mentionsIncident(message, incident)))
        )
          continue;
        if (marker?.kind === "acknowledgement" || marker?.kind === "blocking_decision") continue;
        reading.supportPosts.push({
          ...where,
          where: "team_channel",
          mentionsMacro: mentionsMacro(message, marker, recognition),
        });
        if (isPatternNote(message, marker, recognition))
          reading.patternNotes.push({ ...where, where: "team_channel" });
      }
      if (workflow) {
        const at = instantOf(workflow.ts) as string;
        reading.workflowPost = {
          ts: workflow.ts,
          at,
          permalink: await permalink(teamId, workflow.ts),
        };
        const thread = await threadReplies(client, teamId, workflow.ts, options.maxPages).catch(
          (error: unknown) => {
            problem(
              "conversations.replies",
              teamName,
              error,
              "hands raised, handover notes and acknowledgements were not read",
            );
            return undefined;
          },
        );
        for (const reply of thread ?? []) {
          const where = post(reply, teamId);
          if (!where) continue;
          const marker = keepMarker(reply, teamId);
          const acknowledgement = marker && ackEntryOf(reply, incident.reference);
          if (acknowledgement) reading.acknowledgements.push(acknowledgement);
          for (const role of threadReplyRoles(reply, marker, recognition)) {
            if (role === "hand_raise" && reply.user !== undefined) {
              reading.handRaises.push({
                user: reply.user,
                name: (await nameOf(reply.user)) ?? reply.user,
                at: where.at,
              });
            } else if (role === "support_post") {
              reading.supportPosts.push({
                ...where,
                where: "thread",
                mentionsMacro: mentionsMacro(reply, marker, recognition),
              });
            } else if (role === "handover") {
              reading.handoverNotes.push({ ...where, by: await nameOf(reply.user) });
            }
          }
        }
        // The pickup steps link the newest note; older ones keep their time only.
        const newest = reading.handoverNotes.at(-1);
        if (newest) newest.url = await permalink(teamId, newest.ts);
      }
    }
  }

  const channel = incident.channelId;
  if (channel !== undefined && channel !== "") {
    reading.incidentChannel = channel;
    const history = await channelHistory(
      channel,
      channel,
      "pattern notes in the incident channel were not read",
    );
    if (history) {
      reading.read.push("the incident channel");
      for (const message of history) {
        const marker = keepMarker(message, channel);
        const where = post(message, channel);
        if (where && isPatternNote(message, marker, recognition))
          reading.patternNotes.push({ ...where, where: "incident_channel" });
      }
    }
  }
  const byTime = (a: { at: string }, b: { at: string }) => Date.parse(a.at) - Date.parse(b.at);
  reading.handRaises.sort(byTime);
  reading.supportPosts.sort(byTime);
  reading.patternNotes.sort(byTime);
  reading.acknowledgements.sort((a, b) => Number(a.ts) - Number(b.ts));
  return reading;
}
