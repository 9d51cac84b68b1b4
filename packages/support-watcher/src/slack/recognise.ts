import { type FoundMarker, findMarker } from "./marker.js";
import { isBotMessage, type SlackMessage, wordsOf } from "./message.js";
import { slackPlain } from "./text.js";

/** How messages are recognised (the config's `slack.recognise`, with these defaults). */
export interface Recognition {
  /** Bot ids (B…), app ids (A…) or bot names whose posts can be the workflow post; empty: any bot. */
  workflowBots: readonly string[];
  /** A reply in the workflow thread containing one of these raises a hand. */
  handRaise: readonly string[];
  /** A reply in the workflow thread containing one of these is a handover note. */
  handover: readonly string[];
  /** A support post containing one of these, after the macro exists, announces it. */
  macro: readonly string[];
  /** An incident channel message about tickets containing one of these notes a pattern. */
  pattern: readonly string[];
}

export const DEFAULT_RECOGNITION: Recognition = {
  workflowBots: [],
  handRaise: [
    "✋",
    "🙋",
    ":raised_hand:",
    ":hand:",
    ":raising_hand:",
    "raising my hand",
    "raised my hand",
    "hand raised",
    "i'll watch",
    "i will watch",
    "i can watch",
    "i'm watching",
    "i'll take it",
    "i can take it",
    "i'll pick it up",
    "picking it up",
    "picking this up",
  ],
  handover: ["handover", "handing over", "hand over", "hand-over", "handed over"],
  macro: ["macro"],
  pattern: ["pattern", "several", "multiple", "many", "same", "more"],
};

/** What one message is, for the policy. A message can be a support post and a handover note. */
export type MessageRole = "hand_raise" | "handover" | "support_post" | "pattern" | "other";

// Apostrophes as people type them on phones and desktops.
const normal = (text: string) =>
  slackPlain(text)
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'");
const containsAny = (text: string, phrases: readonly string[]) =>
  phrases.some((phrase) => phrase !== "" && text.includes(normal(phrase)));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The incident reference as a word (`INC-2417`, not `INC-24170`), or the incident channel. */
export function mentionsIncident(
  message: SlackMessage,
  incident: { reference: string; channelId?: string | undefined },
): boolean {
  const words = wordsOf(message);
  if (new RegExp(`(^|[^\\w-])${escapeRegExp(incident.reference)}(?![\\w])`, "i").test(words))
    return true;
  return incident.channelId !== undefined && words.includes(incident.channelId);
}

/** The workflow post: a bot's post (one of `workflowBots` when listed) about the incident. */
export function isWorkflowPost(
  message: SlackMessage,
  incident: { reference: string; channelId?: string | undefined },
  recognition: Recognition,
): boolean {
  if (!isBotMessage(message) || findMarker(message)) return false;
  const bots = recognition.workflowBots;
  const ids = [
    message.bot_id,
    message.app_id,
    message.username,
    message.bot_profile?.id,
    message.bot_profile?.app_id,
    message.bot_profile?.name,
  ];
  if (bots.length > 0 && !ids.some((id) => id !== undefined && bots.includes(id))) return false;
  return mentionsIncident(message, incident);
}

/** What a reply in the workflow thread is: a hand raised, a handover note, or another support post. */
export function threadReplyRoles(
  message: SlackMessage,
  marker: FoundMarker | undefined,
  recognition: Recognition,
): MessageRole[] {
  if (marker) {
    if (marker.kind === "handover") return ["handover", "support_post"];
    // Acknowledgements and notices of blocking decisions are not news for the team.
    if (marker.kind === "acknowledgement" || marker.kind === "blocking_decision") return ["other"];
    return ["support_post"];
  }
  if (isBotMessage(message)) return ["other"];
  const text = normal(wordsOf(message));
  if (containsAny(text, recognition.handover)) return ["handover", "support_post"];
  if (containsAny(text, recognition.handRaise)) return ["hand_raise"];
  return ["support_post"];
}

/** An incident channel message noting a ticket pattern: about tickets, and a pattern word or a count. */
export function isPatternNote(
  message: SlackMessage,
  marker: FoundMarker | undefined,
  recognition: Recognition,
): boolean {
  if (marker) return marker.kind === "report_ticket_pattern";
  if (isBotMessage(message)) return false;
  const text = normal(wordsOf(message));
  if (!/\btickets?\b/.test(text)) return false;
  return (
    containsAny(text, recognition.pattern) || /\b([2-9]|\d{2,})\s+(\w+\s+)?tickets\b/.test(text)
  );
}

/** A support post mentions the macro (after it exists, that announces it to the team). */
export const mentionsMacro = (
  message: SlackMessage,
  marker: FoundMarker | undefined,
  recognition: Recognition,
): boolean =>
  marker
    ? marker.kind === "announce_macro"
    : containsAny(normal(wordsOf(message)), recognition.macro);
