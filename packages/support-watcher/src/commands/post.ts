import type { WebClient } from "@slack/web-api";
import { EXIT, UsageError } from "../errors.js";
import type { PlannedPost } from "../slack/compose.js";
import { type PostResult, sendPosts, unposted } from "../slack/post.js";
import type { SlackReading } from "../slack/read.js";
import type { CommandContext } from "./command.js";

/** A message as shown before it is posted: where it goes, then its text, indented. */
export const shownPost = (post: PlannedPost, indent: string): string[] => [
  `${indent}To ${post.where}:`,
  ...post.text.split("\n").map((line) => `${indent}  ${line}`),
];

/**
 * `--post`: shows each message and where it goes, asks on a terminal (or takes `--yes`), then
 * posts the ones Slack does not have yet.
 */
export async function postToSlack(
  context: CommandContext,
  values: Record<string, string | boolean | undefined>,
  planned: {
    posts: PlannedPost[];
    cannot: string[];
    reading: SlackReading;
    command: string;
    client: () => Promise<WebClient>;
    /** Why there is nothing to post because it was done before. */
    alreadyDone?: string;
  },
): Promise<number> {
  const { io, out } = context;
  const { command, reading } = planned;
  const posts = unposted(planned.posts, reading.markers);
  const already = planned.posts.length - posts.length;
  const lines: string[] = ["", out.bold("Slack")];
  for (const reason of planned.cannot) lines.push(`  ${out.yellow("!")} not posted: ${reason}`);
  if (planned.alreadyDone) lines.push(`  Already posted: ${planned.alreadyDone}.`);
  if (already > 0)
    lines.push(
      `  ${already} already posted (support-watcher's marker found in Slack); not posted again.`,
    );
  if (posts.length === 0) {
    lines.push(
      planned.posts.length === 0 && planned.cannot.length === 0
        ? "  Nothing to post: no decision calls for a Slack message now."
        : "  Nothing new to post.",
    );
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT.ok;
  }
  for (const post of posts) lines.push(...shownPost(post, "  "));
  io.stdout.write(`${lines.join("\n")}\n`);
  const question = `Post ${posts.length === 1 ? "this message" : `these ${posts.length} messages`} to Slack?`;
  if (values.yes !== true) {
    if (!io.confirm)
      throw new UsageError(
        `${command} --post shows the messages and asks before posting; there is no terminal to ask on, so pass --yes to post without asking.`,
        command,
      );
    if (!(await io.confirm(question))) {
      io.stderr.write("Nothing was posted.\n");
      return EXIT.ok;
    }
  }
  const results: PostResult[] = await sendPosts(
    await planned.client(),
    posts,
    reading.markers,
    (sent) =>
      io.stderr.write(`Posted to ${sent.post.where}${sent.ts ? ` (ts ${sent.ts})` : ""}.\n`),
  );
  const posted = results.filter((r) => r.result === "posted").length;
  io.stdout.write(`Posted ${posted} message${posted === 1 ? "" : "s"} to Slack.\n`);
  return EXIT.ok;
}
