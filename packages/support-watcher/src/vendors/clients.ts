import type { RetryOptions, WebClient } from "@slack/web-api";
import { createIncidentIoClient, type IncidentIoClient } from "@support/incidentio-client";
import { createStatuspageClient, type StatuspageClient } from "@support/statuspage-client";
import { createZendeskClient, type ZendeskClient, type ZendeskPlan } from "@support/zendesk-client";
import type { Io } from "../io.js";
import { environmentSecrets } from "../output/redaction.js";
import { createSlackClient } from "../slack/client.js";
import { USER_AGENT } from "../version.js";
import type { VendorCalls } from "./calls.js";
import {
  incidentIoCredentials,
  slackApiUrl,
  slackToken,
  statuspageCredentials,
  zendeskCredentials,
} from "./credentials.js";

/**
 * The vendor clients, created on first use so a command only asks for the credentials it
 * needs (a missing one is reported by name).
 */
export interface Vendors {
  incidentIo(): IncidentIoClient;
  zendesk(): ZendeskClient;
  statuspage(): StatuspageClient;
  /** The Slack client, when SLACK_BOT_TOKEN is set (Slack is optional). */
  slack: (() => Promise<WebClient>) | undefined;
}

export interface VendorOptions {
  /** Longest wait for one attempt of one call (the clients' `timeoutMs`). */
  timeoutMs?: number;
  /** Tracks the run's calls and 429s, and stops them when the run reaches its time limit. */
  calls?: VendorCalls;
  /** incident.io attachment requests a minute (the client's default when absent: 60). */
  attachmentsPerMinute?: number;
  /** The Zendesk plan whose documented limit the client keeps to (default "team"). */
  zendeskPlan?: ZendeskPlan;
  /** The Slack client's retries after a 429 or a failed connection (tests: no back-off). */
  slackRetry?: RetryOptions | undefined;
}

/** The clients from the environment; `io` needs only `env` (and the waits and clock tests inject). */
export function vendorsFrom(
  io: Pick<Io, "env" | "sleep" | "vendorNow">,
  options: VendorOptions = {},
): Vendors {
  const { calls } = options;
  const token = slackToken(io.env);
  const apiUrl = slackApiUrl(io.env);
  const sleep = io.sleep ?? calls?.sleep;
  const redactSecrets = environmentSecrets(io.env);
  const shared = (vendor: string) => ({
    userAgent: USER_AGENT,
    // Each client scrubs the others' credentials too, whole, from its errors.
    redactSecrets,
    ...(sleep && { sleep }),
    ...(io.vendorNow && { now: io.vendorNow }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(calls && { fetch: calls.fetchFor(vendor), onRetry: calls.onRetry }),
  });
  const once = <T>(create: () => T) => {
    let client: T | undefined;
    return () => {
      client ??= create();
      return client;
    };
  };
  return {
    incidentIo: once(() =>
      createIncidentIoClient({
        ...incidentIoCredentials(io.env),
        ...shared("incident.io"),
        ...(options.attachmentsPerMinute !== undefined && {
          attachmentRateLimit: { requests: options.attachmentsPerMinute, perMs: 60_000 },
        }),
      }),
    ),
    zendesk: once(() =>
      createZendeskClient({
        ...zendeskCredentials(io.env),
        ...shared("Zendesk"),
        ...(options.zendeskPlan !== undefined && { plan: options.zendeskPlan }),
      }),
    ),
    statuspage: once(() =>
      createStatuspageClient({ ...statuspageCredentials(io.env), ...shared("Statuspage") }),
    ),
    slack:
      token === undefined
        ? undefined
        : once(() =>
            createSlackClient({
              token,
              ...(apiUrl !== undefined && { apiUrl }),
              ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
              ...(calls && { calls }),
              ...(options.slackRetry && { retry: options.slackRetry }),
            }),
          ),
  };
}
