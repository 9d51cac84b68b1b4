// The incident's side of Slack for the end-to-end tests: the team channel with incident.io's
// workflow post (in blocks, as workflows post it), its thread, and the incident channel.
import type { WatcherConfigInput } from "../../src/config/schema.js";
import { FakeSlack, serveSlack, tsAt } from "./fake-slack.js";
import type { FakeState } from "./fake-vendors.js";
import { liveSetup } from "./live.js";
import type { RunOptions } from "./run-cli.js";
import { CONFIG, ENV, MAJOR, world } from "./world.js";

export const TEAM = "C0TEAMSUP1";
export const INCIDENT_CHANNEL = "C02AW36C1M5";
export const WORKFLOW_TS = tsAt("2026-06-03T14:38:30Z");
export const SLACK_ENV = { ...ENV, SLACK_BOT_TOKEN: "xoxb-canary-1234567890-secret" };
// @slack/web-api waits out Retry-After itself; no back-off between its retries in tests.
export const FAST: RunOptions = { slackRetry: { retries: 2, minTimeout: 0, maxTimeout: 0 } };

/** The team channel with the incident.io workflow post (in blocks, as workflows post it) and a thread. */
export function slackWorld(options: { thread?: boolean; incidentChannel?: boolean } = {}) {
  const slack = new FakeSlack();
  slack.users.set("U0PRIYA001", "Priya Raman");
  slack.users.set("U0LOU00001", "Lou Bennett");
  const team = slack.channel(TEAM, "team-support", [
    {
      ts: tsAt("2026-06-03T14:30:00Z"),
      user: "U0LOU00001",
      text: "Anyone else seeing slow flag updates?",
    },
    {
      ts: WORKFLOW_TS,
      bot_id: "B0INCIDENTIO",
      subtype: "bot_message",
      text: "",
      blocks: [
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "INC-2417 was declared: Feature flag evaluation slow for EU projects. Who can watch it for support? Raise your hand :raised_hand:",
          },
        },
      ],
    },
    {
      ts: tsAt("2026-06-03T14:50:00Z"),
      bot_id: "B0INCIDENTIO",
      subtype: "bot_message",
      text: "INC-2418 was declared: Billing export delayed",
    },
  ]);
  if (options.thread !== false) {
    team.replies[WORKFLOW_TS] = [
      {
        ts: tsAt("2026-06-03T14:41:00Z"),
        user: "U0PRIYA001",
        thread_ts: WORKFLOW_TS,
        text: "✋ I'll watch this one",
      },
      {
        ts: tsAt("2026-06-03T15:10:00Z"),
        user: "U0PRIYA001",
        thread_ts: WORKFLOW_TS,
        text: "Flags in EU take 30-60 s to update; US is fine.",
      },
    ];
  }
  if (options.incidentChannel !== false)
    slack.channel(INCIDENT_CHANNEL, "inc-2417-feature-flags", [
      {
        ts: tsAt("2026-06-03T14:45:00Z"),
        user: "U0MARTA001",
        text: "Looking at the replica lag now",
      },
    ]);
  return slack;
}

/**
 * The severity went from major to critical at 15:48: the impact changed then. The macro is a
 * draft the Comms Lead still reviews, or (active) one they approved.
 */
export const impactChanged = (macro: "draft" | "active" = "draft") => {
  const state = world({ macro });
  const update = (id: string, at: string, severity: "Major" | "Critical") => ({
    id,
    incident_id: state.incident.id,
    created_at: at,
    updater: {},
    new_severity: {
      ...MAJOR,
      id: `01JXSEV00000000000000000${severity === "Major" ? "02" : "03"}`,
      name: severity,
    },
    new_incident_status: state.incident.incident_status,
  });
  state.updates = [
    update("01JXUPD0000000000000000001", "2026-06-03T15:00:00Z", "Major"),
    update("01JXUPD0000000000000000002", "2026-06-03T15:48:00Z", "Critical"),
  ];
  return state;
};

/**
 * The simulated vendors (contract-checked after the test through `holder`) and the fake Slack,
 * with the team channel's id in the config; `run` has the Slack token set.
 */
export function slackLive(
  holder: { current?: ReturnType<typeof liveSetup> | undefined },
  slack: FakeSlack,
  config: WatcherConfigInput = CONFIG,
  state: FakeState = impactChanged(),
) {
  const current = liveSetup(state, { ...config, slack: { channelIds: { team: TEAM } } });
  holder.current = current;
  serveSlack(slack);
  const run = (argv: string[], options: RunOptions = {}) =>
    current.run(argv, { env: SLACK_ENV, ...FAST, ...options });
  return { ...current, run };
}
