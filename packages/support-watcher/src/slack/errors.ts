import { VendorError } from "../errors.js";

const REASONS: Record<string, string> = {
  not_in_channel: "the bot is not a member of the channel; invite it there with /invite",
  channel_not_found:
    "Slack has no such channel that the bot can see (a private channel needs the bot invited and the groups:history scope)",
  is_archived: "the channel is archived",
  thread_not_found: "the thread is gone (the workflow post may have been deleted)",
  message_not_found: "the message is gone",
  missing_scope: "the bot token lacks a scope this call needs",
  invalid_auth: "SLACK_BOT_TOKEN is not valid",
  not_authed: "SLACK_BOT_TOKEN is not valid",
  account_inactive: "SLACK_BOT_TOKEN belongs to a deactivated bot or workspace",
  token_revoked: "SLACK_BOT_TOKEN was revoked",
  token_expired: "SLACK_BOT_TOKEN has expired",
  ratelimited: "Slack kept answering 429 (rate limited) after the client's retries",
  msg_too_long: "the message is longer than Slack accepts",
  restricted_action: "the workspace does not let the bot post there",
};

interface SlackErrorShape {
  name?: string;
  message?: string;
  code?: string;
  data?: { error?: string; needed?: string };
  statusCode?: number;
  retryAfter?: number;
  original?: { message?: string };
}

/** The Slack error code (`not_in_channel`) or a short word for a transport failure. */
export function slackErrorCode(error: unknown): string {
  const e = (error ?? {}) as SlackErrorShape;
  if (typeof e.data?.error === "string") return e.data.error;
  if (e.code === "slack_webapi_rate_limited_error" || /rate limit/i.test(e.message ?? ""))
    return "ratelimited";
  if (typeof e.statusCode === "number") return `HTTP ${e.statusCode}`;
  if (e.code === "slack_webapi_request_error") return "no response";
  return "failed";
}

/** One sentence saying what went wrong, for people. */
export function slackErrorReason(error: unknown): string {
  const e = (error ?? {}) as SlackErrorShape;
  const code = slackErrorCode(error);
  const known = REASONS[code];
  if (code === "missing_scope" && e.data?.needed) return `${known} (${e.data.needed})`;
  if (known) return known;
  if (code === "no response")
    return `Slack could not be reached (${(e.original?.message ?? e.message ?? "").replace(/\s+/g, " ").slice(0, 120)})`;
  return `Slack answered ${code}`;
}

/** A failed Slack call: exit 3, naming Slack, the method and the channel. */
export const slackCallFailure = (error: unknown, method: string, channel: string): VendorError =>
  new VendorError(
    { vendor: "Slack", method: "POST", path: method, object: `channel ${channel}` },
    `failed (${slackErrorCode(error)})`,
    slackErrorReason(error),
    { cause: error },
  );

/** Errors from the Slack client (its error family), as opposed to bugs in our own code. */
export const isSlackError = (error: unknown): boolean => {
  const e = (error ?? {}) as SlackErrorShape;
  return (
    (typeof e.code === "string" && e.code.startsWith("slack_")) ||
    /rate limit was exceeded/i.test(e.message ?? "")
  );
};
