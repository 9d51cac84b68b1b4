import { describe, expect, it } from "vitest";
import { type FakeSlack, tsAt } from "./support/fake-slack.js";
import { verifyContractsAfterEach } from "./support/live.js";
import type { RunOptions } from "./support/run-cli.js";
import {
  INCIDENT_CHANNEL,
  impactChanged,
  SLACK_ENV,
  slackLive,
  slackWorld,
  TEAM,
  WORKFLOW_TS,
} from "./support/slack-world.js";
import { timeline } from "./support/timeline.js";
import { MAJOR } from "./support/world.js";

const live = verifyContractsAfterEach();

/** The bundled incident after its impact change, with an approved macro: three messages are due. */
function setup() {
  const slack = slackWorld();
  const current = slackLive(live, slack, undefined, impactChanged("active"));
  return { slack, ...current };
}

const kinds = (slack: FakeSlack) =>
  slack.posts().map((p) => `${JSON.parse(p.metadata ?? "{}").event_payload?.kind} ${p.channel}`);

const DUE = [
  `announce_macro ${TEAM}`,
  `report_ticket_pattern ${INCIDENT_CHANNEL}`,
  `report_ticket_pattern ${TEAM}`,
  `update_team ${TEAM}`,
];

describe("watch --post", () => {
  it("posts each message once when it comes due, and again only for a new impact change", async () => {
    const { slack, run, fake } = setup();
    const t = timeline(fake, [
      () => {},
      (f, now) => {
        // The severity goes back to major at 16:06:30: the user impact changed again.
        f.updates.push({
          id: "01JXUPD0000000000000000003",
          incident_id: f.incident.id,
          created_at: new Date(now - 30_000).toISOString(),
          updater: {},
          new_severity: MAJOR,
          new_incident_status: f.incident.incident_status,
        });
        (f.incident as { updated_at: string }).updated_at = new Date(now - 30_000).toISOString();
      },
    ]);
    const { code, stdout, stderr } = await run(
      ["watch", "INC-2417", "--post", "--yes", "--until", "2026-06-03T16:08:00Z"],
      { sleep: t.sleep, clock: t.clock },
    );
    expect(code, stderr).toBe(0);
    // Poll 1: the three decisions appear, four messages (the pattern note goes to two channels).
    // Poll 2: Slack shows them, the decisions clear, nothing is posted. Poll 3: a new impact
    // change brings update-team back with a new marker: one more update. Poll 4: nothing.
    expect(kinds(slack)).toEqual([...DUE, `update_team ${TEAM}`]);
    const updates = slack.posts().filter((p) => p.text?.startsWith("*Update on INC-2417*"));
    expect(updates.map((p) => p.text?.split("\n")[0])).toEqual([
      "*Update on INC-2417* (major, active): Feature flag evaluation slow for EU projects. The user impact changed at 15:48 UTC.",
      "*Update on INC-2417* (major, active): Feature flag evaluation slow for EU projects. The user impact changed at 16:06 UTC.",
    ]);
    expect(stdout).toContain("16:05 UTC ✉ update_team is due:");
    expect(stdout).toContain("      To #team-support (workflow thread, also sent to the channel):");
    expect(stdout).toContain("        *Update on INC-2417* (major, active)");
    expect(stdout).toMatch(
      /16:05 UTC ✉ posted to the incident channel \(C02AW36C1M5\) \(ts \d+\.000200\)/,
    );
    expect(stdout).toContain(
      "16:06 UTC ✓ done: Update #team-support on INC-2417: the user impact changed.",
    );
  });

  it("never posts twice across restarts, even when the policy asks again", async () => {
    const { slack, run, fake } = setup();
    const once = timeline(fake, []);
    await run(["watch", "INC-2417", "--post", "--yes", "--until", "2026-06-03T16:05:00Z"], once);
    expect(kinds(slack)).toEqual(DUE);
    // Make the posts look older than the macro and the impact change (so announce-macro and
    // update-team are asked for again) and drop their metadata: only the text markers remain.
    for (const channel of slack.channels.values())
      for (const message of [...channel.messages, ...Object.values(channel.replies).flat()]) {
        if (message.bot_id !== "BSUPPORTW1") continue;
        delete message.metadata;
        message.ts = tsAt("2026-06-03T14:39:00Z", 900);
      }
    const restart = timeline(fake, []);
    const again = await run(
      ["watch", "INC-2417", "--post", "--yes", "--until", "2026-06-03T16:05:00Z"],
      restart,
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      "✉ already posted to #team-support (workflow thread, also sent to the channel) (support-watcher's marker found in Slack): update_team",
    );
    expect(kinds(slack)).toEqual(DUE);
  });

  it("asks per message on a terminal; a no is not asked again", async () => {
    const { slack, run, fake } = setup();
    const questions: string[] = [];
    const answers = [true, false, true, true];
    const t = timeline(fake, [() => {}]);
    const { code } = await run(["watch", "INC-2417", "--post", "--until", "2026-06-03T16:06:00Z"], {
      ...t,
      tty: true,
      confirm: async (question) => {
        questions.push(question);
        return answers.shift() ?? false;
      },
    });
    expect(code).toBe(0);
    expect(questions).toEqual([
      "Post this message to #team-support (workflow thread, also sent to the channel)?",
      "Post this message to the incident channel (C02AW36C1M5)?",
      "Post this message to #team-support (workflow thread, also sent to the channel)?",
      "Post this message to #team-support (workflow thread, also sent to the channel)?",
    ]);
    // The note for the incident channel was declined; the team channel's copy still went.
    expect(kinds(slack)).toEqual([
      `announce_macro ${TEAM}`,
      `report_ticket_pattern ${TEAM}`,
      `update_team ${TEAM}`,
    ]);
  });

  it("refuses at the start off a terminal without --yes, without a token, and on saved data", async () => {
    const { slack, run, fake } = setup();
    const piped = await run(["watch", "INC-2417", "--post"]);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain(
      "watch --post shows each message and asks before posting it; there is no terminal to ask on, so pass --yes to post without asking.",
    );
    const noToken = await run(["watch", "INC-2417", "--post", "--yes"], {
      env: { ...SLACK_ENV, SLACK_BOT_TOKEN: "" },
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("watch --post needs SLACK_BOT_TOKEN");
    const example = await run(["watch", "--example", "--post", "--yes"]);
    expect(example.code).toBe(2);
    expect(example.stderr).toContain("it does not go with --replay or --example (saved data)");
    const yesAlone = await run(["watch", "INC-2417", "--yes"]);
    expect(yesAlone.code).toBe(2);
    expect(fake.requests).toEqual([]);
    expect(slack.calls).toEqual([]);
  });

  it("reports a failed post, goes on, and posts it on the next poll", async () => {
    const { slack, run, fake } = setup();
    const channel = slack.channels.get(INCIDENT_CHANNEL);
    if (channel) channel.postError = "not_in_channel";
    const t = timeline(fake, [
      () => {
        if (channel) delete channel.postError;
      },
    ]);
    const options: RunOptions = { ...t };
    const { code, stdout } = await run(
      ["watch", "INC-2417", "--post", "--yes", "--until", "2026-06-03T16:06:00Z"],
      options,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      "! support-watcher: Slack POST chat.postMessage failed (not_in_channel) for channel the incident channel (C02AW36C1M5)",
    );
    expect(stdout).toContain("The watch goes on; the message is tried again on the next poll.");
    expect(kinds(slack).sort()).toEqual([...DUE].sort());
    expect(kinds(slack).at(-1)).toBe(`report_ticket_pattern ${INCIDENT_CHANNEL}`);
  });

  it("reads acknowledgements others keep in the thread: a step done elsewhere clears", async () => {
    const { slack, run, fake } = setup();
    const t = timeline(fake, [
      async () => {
        const done = await run([
          "done",
          "check-with-cs",
          "INC-2417",
          "--ticket",
          "48213",
          "--answer",
          "handle",
          "--by",
          "Lou Bennett",
        ]);
        expect(done.code, done.stderr).toBe(0);
      },
    ]);
    const { stdout } = await run(["watch", "INC-2417", "--until", "2026-06-03T16:06:00Z"], t);
    expect(stdout).toMatch(
      /16:06 UTC ✓ done: Before replying on ticket 48213, .* \(acknowledged by Lou Bennett at 16:05 UTC\)/,
    );
    expect(slack.posts().map((p) => p.thread_ts)).toEqual([WORKFLOW_TS]);
  });
});
