import type { WebClient } from "@slack/web-api";
import { CliError, EXIT, UsageError } from "../errors.js";
import type { SlackReading } from "../slack/read.js";

/** Options of the commands that can post to Slack. */
export const POST_OPTIONS = {
  post: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
} as const;

/** The live Slack side a `--post` needs, or a usage error saying what is missing. */
export function slackForPosting(
  sourced: {
    kind: string;
    live?: { slack: SlackReading | undefined } | undefined;
    slackClient?: (() => Promise<WebClient>) | undefined;
  },
  command: string,
): { reading: SlackReading; client: () => Promise<WebClient> } {
  if (sourced.kind !== "live")
    throw new UsageError(
      `${command} --post works on live data only (not on a scenario or the example).`,
      command,
    );
  const reading = sourced.live?.slack;
  if (!reading || !sourced.slackClient)
    throw new CliError(
      `${command} --post needs SLACK_BOT_TOKEN (a Slack bot token; see the README's Slack set-up).`,
      EXIT.badInput,
    );
  return { reading, client: sourced.slackClient };
}
