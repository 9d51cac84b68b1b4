import type { Logger, RetryOptions, WebClient } from "@slack/web-api";
import type { VendorCalls } from "../vendors/calls.js";

/** The Web API's base URL; tests and proxies may point elsewhere with SLACK_API_URL. */
export const SLACK_API_URL = "https://slack.com/api/";

/**
 * Slack answers 429 with `Retry-After`, which `@slack/web-api` waits out itself before retrying;
 * these are the retries it makes after that (and after a failed connection). Its default, ten
 * retries over about half an hour, suits a server, not a person waiting for a briefing.
 */
export const SLACK_RETRY: RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 8000,
};

export interface SlackClientOptions {
  token: string;
  /** Another base URL (a proxy, a simulator). */
  apiUrl?: string;
  /** Longest wait for one request, in ms. */
  timeoutMs?: number;
  /** Tracks the run's calls and 429s, and stops them when the run reaches its time limit. */
  calls?: VendorCalls;
  /** Overrides SLACK_RETRY (tests use no back-off between attempts). */
  retry?: RetryOptions;
}

// The client logs to the console by default; the CLI says what went wrong itself, once.
const silent: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => "error" as never,
  setName: () => {},
};

/**
 * A `@slack/web-api` WebClient for the bot token. The package is loaded on first use, so
 * commands that never talk to Slack do not pay for it at start-up.
 */
export async function createSlackClient(options: SlackClientOptions): Promise<WebClient> {
  const { WebClient, WebClientEvent } = await import("@slack/web-api");
  const { calls } = options;
  const fetchFor = calls?.fetchFor("Slack");
  const client = new WebClient(options.token, {
    slackApiUrl: options.apiUrl ?? SLACK_API_URL,
    logger: silent,
    retryConfig: options.retry ?? SLACK_RETRY,
    // Wait out a 429 and retry (the client pauses its queue for Retry-After seconds).
    rejectRateLimitedCalls: false,
    // Method names only: a message can never make the client call another host.
    allowAbsoluteUrls: false,
    ...(options.timeoutMs !== undefined && { timeout: options.timeoutMs }),
    ...(fetchFor && {
      fetch: (url: string | URL, init?: RequestInit) => fetchFor(new Request(url, init)),
    }),
  });
  if (calls) {
    client.on(WebClientEvent.RATE_LIMITED, (seconds: number, request: { url?: string }) =>
      calls.onRetry({
        vendor: "Slack",
        method: "POST",
        url: request?.url ?? SLACK_API_URL,
        attempt: 1,
        delayMs: seconds * 1000,
        reason: "HTTP 429",
        status: 429,
      }),
    );
  }
  return client;
}
