import type { IncidentIoClientOptions } from "@support/incidentio-client";
import type { StatuspageClientOptions } from "@support/statuspage-client";
import type { ZendeskClientOptions } from "@support/zendesk-client";
import { MissingCredentialError } from "../errors.js";
import type { Io } from "../io.js";

type Env = Io["env"];

/** Every environment variable the CLI reads credentials or endpoints from. */
export const CREDENTIAL_VARIABLES = [
  "INCIDENT_IO_API_KEY",
  "ZENDESK_SUBDOMAIN",
  "ZENDESK_EMAIL",
  "ZENDESK_API_TOKEN",
  "ZENDESK_OAUTH_TOKEN",
  "STATUSPAGE_API_KEY",
  "STATUSPAGE_PAGE_ID",
] as const;

/** Optional overrides of the vendors' production URLs (a proxy, a local simulator). */
export const BASE_URL_VARIABLES = [
  "INCIDENT_IO_BASE_URL",
  "ZENDESK_BASE_URL",
  "STATUSPAGE_BASE_URL",
  "SLACK_API_URL",
] as const;

/** Slack is optional: with the bot token set, live commands read (and with --post write) Slack. */
export const SLACK_TOKEN_VARIABLE = "SLACK_BOT_TOKEN";

/** The Slack bot token, or undefined when Slack is not configured. */
export const slackToken = (env: Env): string | undefined => value(env, SLACK_TOKEN_VARIABLE);

/** The Slack Web API base URL when overridden (a proxy, a simulator). */
export const slackApiUrl = (env: Env): string | undefined => value(env, "SLACK_API_URL");

const value = (env: Env, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

const need = (env: Env, name: string, purpose: string): string => {
  const v = value(env, name);
  if (v === undefined) throw new MissingCredentialError(name, purpose);
  return v;
};

/** True when any vendor credential is set: `brief` without arguments then means live data. */
export const hasCredentials = (env: Env): boolean =>
  CREDENTIAL_VARIABLES.some((name) => value(env, name) !== undefined);

/**
 * The variables a live briefing still needs: the incident.io key, Zendesk's address (subdomain
 * or base URL) and its credentials (email and API token, or an OAuth token).
 */
export function missingCredentials(env: Env): string[] {
  const missing: string[] = [];
  if (value(env, "INCIDENT_IO_API_KEY") === undefined) missing.push("INCIDENT_IO_API_KEY");
  if (value(env, "ZENDESK_SUBDOMAIN") === undefined && value(env, "ZENDESK_BASE_URL") === undefined)
    missing.push("ZENDESK_SUBDOMAIN");
  if (value(env, "ZENDESK_OAUTH_TOKEN") === undefined) {
    for (const name of ["ZENDESK_EMAIL", "ZENDESK_API_TOKEN"]) {
      if (value(env, name) === undefined) missing.push(name);
    }
  }
  return missing;
}

const baseUrl = (env: Env, name: string) => {
  const url = value(env, name);
  return url === undefined ? {} : { baseUrl: url };
};

export function incidentIoCredentials(env: Env): IncidentIoClientOptions {
  return {
    apiKey: need(env, "INCIDENT_IO_API_KEY", "an incident.io API key is needed to read incidents"),
    ...baseUrl(env, "INCIDENT_IO_BASE_URL"),
  };
}

export function zendeskCredentials(env: Env): ZendeskClientOptions {
  const oauthToken = value(env, "ZENDESK_OAUTH_TOKEN");
  const auth = oauthToken
    ? { oauthToken }
    : {
        email: need(env, "ZENDESK_EMAIL", "the Zendesk agent email goes with ZENDESK_API_TOKEN"),
        apiToken: need(
          env,
          "ZENDESK_API_TOKEN",
          "a Zendesk API token (or ZENDESK_OAUTH_TOKEN) is needed to read tickets",
        ),
      };
  const url = value(env, "ZENDESK_BASE_URL");
  if (url !== undefined) return { baseUrl: url, auth };
  return {
    subdomain: need(env, "ZENDESK_SUBDOMAIN", "the Zendesk subdomain (acme for acme.zendesk.com)"),
    auth,
  };
}

export function statuspageCredentials(env: Env): StatuspageClientOptions {
  return {
    apiKey: need(
      env,
      "STATUSPAGE_API_KEY",
      "the incident links a Statuspage incident, and reading it needs a Statuspage API key",
    ),
    pageId: need(env, "STATUSPAGE_PAGE_ID", "the Statuspage page id is needed with the API key"),
    ...baseUrl(env, "STATUSPAGE_BASE_URL"),
  };
}
