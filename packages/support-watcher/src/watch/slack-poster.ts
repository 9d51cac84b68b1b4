import type { WebClient } from "@slack/web-api";
import type { Briefing } from "../briefing/model.js";
import { shownPost } from "../commands/post.js";
import { EXIT } from "../errors.js";
import { classify } from "../failures.js";
import { safe } from "../output/safe.js";
import type { Style } from "../output/style.js";
import { clockTime } from "../output/time.js";
import { decisionPosts } from "../slack/compose.js";
import { type FoundMarker, markerMetadata, markerToken } from "../slack/marker.js";
import { sendPosts, unposted } from "../slack/post.js";
import type { WatchEvent } from "./diff.js";
import type { Poll, WatchSink } from "./session.js";

/** The decisions `watch --post` carries out by posting to Slack. */
export const POSTED_ACTIONS = new Set(["announce_macro", "update_team", "report_ticket_pattern"]);

export interface WatchPosterOptions {
  sink: WatchSink;
  style: Style;
  timeZone: string;
  client: () => Promise<WebClient>;
  /** Asks y/N for one message; undefined with --yes (every message is posted without asking). */
  confirm: ((question: string) => Promise<boolean>) | undefined;
  /** A failed post ends the watch (exit 3) instead of being tried again on the next poll. */
  failFast: boolean;
}

/**
 * `watch --post`: when a decision that calls for a Slack message appears, its messages are
 * shown, asked about one by one on a terminal (unless --yes) and posted, each once: a message
 * whose marker the poll's Slack reading holds, or that this watch posted or was told not to post,
 * is never sent again. A decision stays due until its messages are handled or it clears, so a
 * post that failed (reported, the watch goes on) or one that had nowhere to go yet is tried on
 * the next poll.
 */
export function watchSlackPoster(
  options: WatchPosterOptions,
): (events: WatchEvent[], poll: Poll, briefing: Briefing) => Promise<void> {
  const { sink, style: s } = options;
  /** Rules whose decision appeared and still calls for its messages. */
  const due = new Set<string>();
  /** Messages posted, found posted or declined, by marker token. */
  const handled = new Set<string>();
  const sent: FoundMarker[] = [];
  const said = new Set<string>();
  return async (events, poll, briefing) => {
    for (const event of events) {
      const ruleId = event.decision?.ruleId;
      if (!ruleId || !POSTED_ACTIONS.has(event.decision?.action ?? "")) continue;
      if (event.kind === "appeared") due.add(ruleId);
      if (event.kind === "cleared") due.delete(ruleId);
    }
    const reading = poll.live?.slack;
    if (due.size === 0 || !reading) return;
    const at = Date.parse(poll.at);
    const time = clockTime(at, at, options.timeZone);
    const planned = decisionPosts({
      briefing,
      timeZone: options.timeZone,
      statusPageUrl: poll.live?.statusPageUrl,
      team: reading.teamChannel,
      threadTs: reading.workflowPost?.ts,
      incidentChannel: reading.incidentChannel,
    });
    const lines: string[] = [];
    for (const reason of planned.cannot) {
      if ([...due].some((rule) => reason.startsWith(`${rule}:`)) && !said.has(reason)) {
        said.add(reason);
        lines.push(`  ${time} ${s.yellow("!")} not posted: ${safe(reason, { max: 400 })}`);
      }
    }
    const wanted = planned.posts.filter(
      (post) => post.ruleId && due.has(post.ruleId) && !handled.has(markerToken(post.marker)),
    );
    const fresh = unposted(wanted, [...reading.markers, ...sent]);
    for (const post of wanted.filter((p) => !fresh.includes(p))) {
      handled.add(markerToken(post.marker));
      lines.push(
        `  ${time} ✉ already posted to ${post.where} (support-watcher's marker found in Slack): ${post.kind}`,
      );
    }
    if (lines.length > 0) sink.notice(lines);
    for (const post of fresh) {
      const token = markerToken(post.marker);
      sink.notice([`  ${time} ✉ ${post.kind} is due:`, ...shownPost(post, "      ")]);
      if (options.confirm && !(await options.confirm(`Post this message to ${post.where}?`))) {
        handled.add(token);
        sink.notice([`  ${time} ✉ not posted (you said no); it is not asked again`]);
        continue;
      }
      try {
        const [result] = await sendPosts(
          await options.client(),
          [post],
          [...reading.markers, ...sent],
        );
        const payload = markerMetadata(post.marker).event_payload;
        sent.push({ incident: payload.incident, kind: payload.kind, digest: payload.key });
        handled.add(token);
        sink.notice([
          `  ${time} ${s.green("✉ posted")} to ${post.where}${result?.ts ? ` (ts ${result.ts})` : ""}`,
        ]);
      } catch (error) {
        const failure = classify(error);
        if (failure.code !== EXIT.vendor || options.failFast) throw error;
        sink.notice([
          `  ${time} ${s.yellow(`! ${failure.lines[0] ?? "the post failed"}`)}`,
          `      The watch goes on; the message is tried again on the next poll.`,
        ]);
      }
    }
  };
}
