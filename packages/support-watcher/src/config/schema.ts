import { PersonSchema, ConfigSchema as PolicyConfigSchema, SEVERITIES } from "@support/policy";
import { TAG_TICKETS_MAX_CONCURRENCY } from "@support/zendesk-client";
import { z } from "zod";
import { DEFAULT_RECOGNITION } from "../slack/recognise.js";

/** Per vendor call: an interactive briefing should fail fast rather than wait out four 30 s tries. */
export const DEFAULT_CALL_TIMEOUT_SECONDS = 15;
export const MAX_CALL_TIMEOUT_SECONDS = 600;
export const DEFAULT_RUN_TIMEOUT_SECONDS = 600;
export const MAX_RUN_TIMEOUT_SECONDS = 86_400;
/**
 * `watch` polls no faster than this: Zendesk's search export allows 100 requests a minute per
 * account, shared with every other tool on it, Statuspage one request a second per key, and
 * Zendesk's search index takes about a minute to show a change, so faster polls see nothing new.
 */
export const MIN_WATCH_INTERVAL_SECONDS = 30;
export const DEFAULT_WATCH_INTERVAL_SECONDS = 60;

const Name = z.string().min(1, { error: "must not be empty" });
const Names = (fallback: string[], what: string) => z.array(Name).default(fallback).describe(what);
const Severity = z.enum(SEVERITIES);
const TimeZone = PersonSchema.shape.timezone;

// Channel names and the status page URL have their own sections; the policy takes the rest.
const PolicyOverridesSchema = PolicyConfigSchema.omit({
  teamChannel: true,
  marketingChannel: true,
  marketingHandle: true,
  csChannel: true,
  onCallGlobal: true,
  statusPageUrl: true,
});

export const IncidentIoMappingSchema = z
  .strictObject({
    severities: z
      .record(z.string(), Severity)
      .default({ Minor: "minor", Major: "major", Critical: "critical" })
      .describe("incident.io severity name → policy severity (names compared case-insensitively)."),
    roles: z
      .strictObject({
        incidentLead: Name.default("Incident Lead").describe("incident.io role name of the lead."),
        commsLead: Name.default("Comms Lead").describe("incident.io role name of the Comms Lead."),
        supportWatcher: Name.default("Support Watcher").describe(
          "incident.io role name of the Support Watcher.",
        ),
      })
      .prefault({})
      .describe("incident.io role names."),
    security: z
      .strictObject({
        incidentTypes: Names(["Security"], "Incident types that make an incident a security one."),
        customField: Name.optional().describe(
          "A custom field that marks security incidents (alternative or addition to the type).",
        ),
        customFieldValues: Names(["Yes"], "Values of that field that mean security."),
      })
      .prefault({})
      .describe("What makes an incident a security incident."),
    componentsField: Name.default("Affected components").describe(
      "The custom field listing the affected components (select options, catalog entries or comma-separated text).",
    ),
    externalCommsField: Name.optional().describe(
      "A custom field saying external comms are required.",
    ),
    externalCommsValues: Names(["Yes"], "Values of that field that mean yes."),
    monitoringStatuses: Names(
      ["Monitoring"],
      "Live incident statuses that count as monitoring rather than active.",
    ),
    resolvedTimestamp: Name.default("Resolved").describe(
      "The incident timestamp holding the resolution time.",
    ),
  })
  .describe("How incident.io data maps onto the policy's incident.");

export const ZendeskMappingSchema = z
  .strictObject({
    enterprise: z
      .strictObject({
        organizationTags: Names(
          ["enterprise"],
          "Organization tags that mark an enterprise customer.",
        ),
        organizationField: Name.optional().describe(
          "An organization field that marks an enterprise customer.",
        ),
        organizationFieldValues: z
          .array(z.union([z.string(), z.boolean()]))
          .default([true, "enterprise"])
          .describe("Values of that field that mean enterprise."),
      })
      .prefault({})
      .describe("How an enterprise customer is recognised."),
    tamEmailField: Name.default("tam_email").describe(
      "Organization field holding the TAM's email.",
    ),
    csmEmailField: Name.default("csm_email").describe(
      "Organization field holding the CSM's email.",
    ),
    macroTitle: Name.default("{reference}: {name}").describe(
      "Title of a macro the sweep creates; {reference}, {name} and {number} are filled in.",
    ),
    resolutionNotice: z
      .strictObject({
        body: Name.default(
          "Good news: the problem you contacted us about has been fixed and everything is working normally again. The status page has the full timeline: {statusPageUrl}. If anything still looks wrong on your side, reply here and we will pick it up.",
        ).describe(
          "Public comment posted to each tagged ticket after resolution; {statusPageUrl}, {reference}, {name} and {number} are filled in.",
        ),
        markerTag: Name.default("incident/{number}/notified").describe(
          "Tag added together with the notice, so a ticket is never notified twice ({number} is filled in).",
        ),
      })
      .prefault({})
      .describe("The resolution notice."),
    plan: z
      .enum(["team", "growth", "professional", "enterprise", "enterprise_plus", "high_volume_api"])
      .default("team")
      .describe(
        "The Zendesk account's plan, which sets the client's requests a minute (Zendesk's documented plan limits: team 200 … enterprise_plus 2,500).",
      ),
  })
  .describe("How Zendesk data maps onto the policy's tickets.");

const SlackChannelId = z
  .string()
  .regex(/^[CG][A-Z0-9]{6,}$/, { error: 'must be a Slack channel id such as "C0123ABCD"' });
const Phrases = (fallback: readonly string[], what: string) =>
  z
    .array(Name)
    .max(200)
    .default([...fallback])
    .describe(what);

export const SlackSettingsSchema = z
  .strictObject({
    channelIds: z
      .strictObject({
        team: SlackChannelId.optional().describe(
          "The team channel's id; without it the channel is found by name (conversations.list, needs channels:read).",
        ),
      })
      .prefault({})
      .describe("Channel ids, to skip looking channels up by name."),
    workflowBots: Phrases(
      DEFAULT_RECOGNITION.workflowBots,
      "Bot ids (B…), app ids (A…) or bot names whose team channel posts can be the workflow post; empty: any bot's post naming the incident.",
    ),
    handRaise: Phrases(
      DEFAULT_RECOGNITION.handRaise,
      "A reply in the workflow thread containing one of these (case-insensitive) raises a hand.",
    ),
    handover: Phrases(
      DEFAULT_RECOGNITION.handover,
      "A reply in the workflow thread containing one of these is a handover note.",
    ),
    macro: Phrases(
      DEFAULT_RECOGNITION.macro,
      "A support post containing one of these, after the macro exists, announces it to the team.",
    ),
    pattern: Phrases(
      DEFAULT_RECOGNITION.pattern,
      "An incident channel message about tickets containing one of these (or a count of 2 or more) notes a ticket pattern.",
    ),
    maxPages: z
      .int()
      .min(1)
      .max(50)
      .default(10)
      .describe("Pages of 200 messages read per channel and thread at most."),
  })
  .describe("How Slack is read and written (with SLACK_BOT_TOKEN set).");

export const WatcherConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this file's JSON Schema."),
    team: z
      .array(PersonSchema)
      .default([])
      .describe("The support roster: names, time zones, working hours and out-of-office."),
    accountTeam: z
      .array(PersonSchema)
      .default([])
      .describe("TAMs and CSMs, found by the email in an organization's TAM/CSM field."),
    defaultTimezone: TimeZone.default("UTC").describe(
      "Time zone of people found in vendor data but listed in neither team.",
    ),
    displayTimezone: TimeZone.default("UTC").describe("Time zone of times in the output."),
    incidentIo: IncidentIoMappingSchema.prefault({}),
    zendesk: ZendeskMappingSchema.prefault({}),
    statusPage: z
      .strictObject({
        url: z.url({ error: "must be a URL" }).optional().describe("The public status page."),
      })
      .prefault({})
      .describe("The public status page."),
    channels: z
      .strictObject({
        team: Name.optional().describe("The support team's channel (default #team-support)."),
        marketing: Name.optional().describe(
          "Where to ask for a Comms Lead (default #team-marketing).",
        ),
        marketingHandle: Name.optional().describe(
          "Handle that reaches marketing (default @all-marketers).",
        ),
        cs: Name.optional().describe(
          "Channel for CS/sales side conversations (default #cs-sales-support).",
        ),
        onCallGlobal: Name.optional().describe(
          "Engineering on-call handle outside support hours (default @on-call-global).",
        ),
      })
      .prefault({})
      .describe("Slack channel names and handles."),
    slack: SlackSettingsSchema.prefault({}),
    policy: PolicyOverridesSchema.partial()
      .prefault({})
      .describe("Overrides of the policy's documented defaults (see @support/policy)."),
    timeoutSeconds: z
      .number()
      .gt(0)
      .max(MAX_CALL_TIMEOUT_SECONDS)
      .default(DEFAULT_CALL_TIMEOUT_SECONDS)
      .describe(
        "Longest wait for one vendor call (each attempt of it), in seconds; --timeout overrides it.",
      ),
    runTimeoutSeconds: z
      .number()
      .gt(0)
      .max(MAX_RUN_TIMEOUT_SECONDS)
      .default(DEFAULT_RUN_TIMEOUT_SECONDS)
      .describe(
        "Longest a whole command may take, in seconds, before it stops and says which call it was waiting for; --run-timeout overrides it.",
      ),
    auditLog: Name.default("support-watcher-audit.jsonl").describe(
      "Where sweep --apply appends its audit log (relative to the config file).",
    ),
    sweep: z
      .strictObject({
        concurrency: z.int().min(1).max(16).default(4).describe("Attachments created in parallel."),
        tagConcurrency: z
          .int()
          .min(1)
          .max(TAG_TICKETS_MAX_CONCURRENCY)
          .default(2)
          .describe(
            "Zendesk update_many jobs run at once when tagging (each takes one of the account's 30 job slots).",
          ),
        jobPollMs: z
          .int()
          .min(0)
          .default(1000)
          .describe("Wait between Zendesk job status polls, in milliseconds."),
        attachmentsPerMinute: z
          .int()
          .min(1)
          .max(1200)
          .default(60)
          .describe(
            "incident.io attachment requests a minute, on top of the key's 1,200: incident.io gives endpoints that reach third-party systems lower limits of their own (its example: 60 a minute). Raise it to your account's limit.",
          ),
      })
      .prefault({})
      .describe("How the sweep paces its writes."),
    watch: z
      .strictObject({
        intervalSeconds: z
          .number()
          .min(MIN_WATCH_INTERVAL_SECONDS)
          .max(3600)
          .default(DEFAULT_WATCH_INTERVAL_SECONDS)
          .describe("Seconds between polls (at least 30); --interval overrides it."),
        dueSoonMinutes: z
          .int()
          .min(1)
          .max(240)
          .default(10)
          .describe(
            "How long before a CS timeout or the nudge to the incident lead watch says it is coming up.",
          ),
        fullReadEvery: z
          .int()
          .min(1)
          .max(1000)
          .default(10)
          .describe(
            "Every this many polls, watch re-reads everything instead of only what changed.",
          ),
      })
      .prefault({})
      .describe("How watch polls."),
  })
  .describe("support-watcher configuration.");

export type WatcherConfig = z.infer<typeof WatcherConfigSchema>;
export type WatcherConfigInput = z.input<typeof WatcherConfigSchema>;
