import type { WebClient } from "@slack/web-api";
import type { PlannedPost } from "./compose.js";
import { slackCallFailure } from "./errors.js";
import { type FoundMarker, markerMetadata, sameMarker } from "./marker.js";

export interface PostResult {
  post: PlannedPost;
  /** `posted`, or `already_posted` when its marker was found on a message read before. */
  result: "posted" | "already_posted";
  ts?: string;
}

/** Posts not yet in Slack: a post whose marker was read back is never sent again. */
export const unposted = (
  posts: readonly PlannedPost[],
  found: readonly FoundMarker[],
): PlannedPost[] =>
  posts.filter((post) => !found.some((marker) => sameMarker(marker, post.marker)));

/**
 * Sends the posts in order, each with its marker in the message metadata (and its text), as the
 * bot, without link or mention parsing. A post whose marker was read back is skipped. A failed
 * post stops the rest (exit 3, naming Slack, the method and the channel); those before it stay.
 */
export async function sendPosts(
  client: WebClient,
  posts: readonly PlannedPost[],
  found: readonly FoundMarker[],
  onSent?: (result: PostResult) => void,
): Promise<PostResult[]> {
  const results: PostResult[] = [];
  const sent: FoundMarker[] = [...found];
  for (const post of posts) {
    if (sent.some((marker) => sameMarker(marker, post.marker))) {
      results.push({ post, result: "already_posted" });
      continue;
    }
    const answer = (await client
      .apiCall("chat.postMessage", {
        channel: post.channel,
        text: post.text,
        ...(post.threadTs !== undefined && { thread_ts: post.threadTs }),
        ...(post.broadcast && { reply_broadcast: true }),
        metadata: markerMetadata(post.marker, post.payload),
        mrkdwn: true,
        parse: "none",
        link_names: false,
        unfurl_links: false,
        unfurl_media: false,
      })
      .catch((error: unknown) => {
        throw slackCallFailure(error, "chat.postMessage", post.where);
      })) as { ts?: unknown };
    const result: PostResult = {
      post,
      result: "posted",
      ...(typeof answer.ts === "string" && { ts: answer.ts }),
    };
    const payload = markerMetadata(post.marker).event_payload;
    sent.push({ incident: payload.incident, kind: payload.kind, digest: payload.key });
    results.push(result);
    onSent?.(result);
  }
  return results;
}
