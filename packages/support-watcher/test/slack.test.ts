import { describe, expect, it } from "vitest";
import { type FakeSlack, serveSlack, tsAt } from "./support/fake-slack.js";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import {
  FAST,
  INCIDENT_CHANNEL,
  impactChanged,
  SLACK_ENV,
  slackLive,
  slackWorld,
  TEAM,
  WORKFLOW_TS,
} from "./support/slack-world.js";
import { CONFIG, ENV, incidentV2, world } from "./support/world.js";

const live = verifyContractsAfterEach();
const setup = (slack: FakeSlack, config = CONFIG, state = impactChanged()) =>
  slackLive(live, slack, config, state);

const methods = (slack: FakeSlack) => slack.calls.map((c) => c.method);

describe("Slack as a source", () => {
  it("reads the workflow post, the hand raised and the team update, following cursors, and says so", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    const { code, stdout, stderr } = await run(["brief", "INC-2417"]);
    expect(stderr).not.toContain("support-watcher:");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(
      "Live data from incident.io, Zendesk, Statuspage and Slack, at Wed 03 Jun 16:05 UTC.",
    );
    expect(stdout).toContain(
      "From Slack: watcher requested 14:38 UTC; hands raised: Priya Raman 14:41 UTC; last team update 15:10 UTC",
    );
    // Three team channel messages since 14:28 at two a page: two history pages; the thread:
    // parent + 2 replies, two pages.
    const history = slack.calls.filter(
      (c) => c.method === "conversations.history" && c.params.channel === TEAM,
    );
    expect(history).toHaveLength(2);
    expect(history[1]?.params.cursor).toBe(Buffer.from("offset:2").toString("base64"));
    expect(history[0]?.params.oldest).toBe(String(Date.parse("2026-06-03T14:28:00Z") / 1000));
    expect(history[0]?.params.include_all_metadata).toBe("true");
    expect(slack.calls.filter((c) => c.method === "conversations.replies")).toHaveLength(2);
    expect(slack.calls.every((c) => c.params.token === undefined)).toBe(true);
    expect(methods(slack)).not.toContain("chat.postMessage");
  });

  it("turns a team update after the impact change into lastTeamUpdateAt, so update-team clears", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    const rules = async () =>
      JSON.parse((await run(["brief", "INC-2417", "--json"])).stdout).decisions.map(
        (d: { ruleId: string }) => d.ruleId,
      );
    // The 15:10 update came before the 15:48 impact change, and no post mentions the macro.
    expect(await rules()).toEqual(expect.arrayContaining(["update-team", "announce-macro"]));
    slack.channels.get(TEAM)?.replies[WORKFLOW_TS]?.push({
      ts: tsAt("2026-06-03T15:55:00Z"),
      user: "U0PRIYA001",
      thread_ts: WORKFLOW_TS,
      text: "Update: experiments are slow too now; the macro covers it, please use it",
    });
    const after = await rules();
    expect(after).not.toContain("update-team");
    // The macro (created 15:30) was mentioned at 15:55: it counts as announced.
    expect(after).not.toContain("announce-macro");
  });

  it("names the first workflow post only when it is a bot's post about this incident", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    const { stdout } = await run(["brief", "INC-2417"]);
    // The 14:50 post names INC-2418, not this incident; Lou's 14:30 message is a person's.
    expect(stdout).toContain("watcher requested 14:38 UTC");
    expect(slack.calls.find((c) => c.method === "conversations.replies")?.params.ts).toBe(
      WORKFLOW_TS,
    );
  });

  it("reports not_in_channel and channel_not_found as data problems and still briefs", async () => {
    const slack = slackWorld();
    const team = slack.channels.get(TEAM);
    if (team) team.readError = "not_in_channel";
    slack.channels.delete(INCIDENT_CHANNEL);
    const { run } = setup(slack);
    const { code, stdout } = await run(["brief", "INC-2417", "--json"]);
    expect(code).toBe(0);
    const problems = JSON.parse(stdout).dataProblems.filter(
      (p: { vendor: string }) => p.vendor === "Slack",
    );
    expect(problems).toEqual([
      {
        vendor: "Slack",
        object: "channel",
        id: "#team-support",
        field: "conversations.history",
        value: "not_in_channel",
        action:
          "skipped: the bot is not a member of the channel; invite it there with /invite; the workflow post and team updates were not read",
      },
      expect.objectContaining({
        id: INCIDENT_CHANNEL,
        field: "conversations.history",
        value: "channel_not_found",
      }),
    ]);
    const human = await run(["brief", "INC-2417"]);
    expect(human.stdout.split("\n")[0]).toBe(
      "Live data from incident.io, Zendesk and Statuspage, at Wed 03 Jun 16:05 UTC.",
    );
    expect(human.stdout).toContain(
      '! Slack channel #team-support conversations.history "not_in_channel"',
    );
  });

  it("finds the team channel by name when no id is configured", async () => {
    const slack = slackWorld();
    live.current = liveSetup(world({ macro: "draft" }));
    serveSlack(slack);
    const { stdout } = await live.current.run(["brief", "INC-2417"], { env: SLACK_ENV, ...FAST });
    expect(methods(slack)[0]).toBe("conversations.list");
    expect(stdout).toContain("watcher requested 14:38 UTC");
  });

  it("waits out a 429 with Retry-After through @slack/web-api and goes on", async () => {
    const slack = slackWorld();
    slack.rateLimits.set("conversations.history", 1);
    slack.retryAfter = "1";
    const { run } = setup(slack);
    const started = Date.now();
    const { code, stdout } = await run(["brief", "INC-2417"]);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(stdout).toContain("watcher requested 14:38 UTC");
    expect(slack.calls.filter((c) => c.status === 429)).toHaveLength(1);
  });
});

describe("Slack as a sink (--post)", () => {
  const posts = (slack: FakeSlack) => slack.posts();
  // An approved macro, so its announcement is due (a draft in review waits; see below).
  const setup = (slack: FakeSlack, config = CONFIG, state = impactChanged("active")) =>
    slackLive(live, slack, config, state);

  it("shows the messages, posts them once with --yes, and finds its markers on the next run", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    const first = await run(["brief", "INC-2417", "--post", "--yes"]);
    expect(first.stderr).not.toContain("support-watcher:");
    expect(first.code).toBe(0);
    // announce-macro and update-team to the workflow thread (and the channel), the pattern note
    // to the incident channel and the team channel.
    expect(
      posts(slack).map((p) => [p.channel, p.thread_ts ?? null, p.reply_broadcast ?? null]),
    ).toEqual([
      [TEAM, WORKFLOW_TS, "true"],
      [INCIDENT_CHANNEL, null, null],
      [TEAM, WORKFLOW_TS, "true"],
      [TEAM, WORKFLOW_TS, "true"],
    ]);
    expect(first.stdout).toContain(
      "  To #team-support (workflow thread, also sent to the channel):",
    );
    expect(first.stdout).toContain("Posted 4 messages to Slack.");
    for (const post of posts(slack)) {
      expect(post.parse).toBe("none");
      expect(post.link_names).toBe("false");
      expect(JSON.parse(post.metadata ?? "{}")).toMatchObject({
        event_type: "support_watcher_post",
        event_payload: { incident: "INC-2417" },
      });
      expect(post.text).toMatch(
        /_Posted with support-watcher \[sw:INC-2417:[a-z_]+:[0-9a-f]{10}\]_$/,
      );
    }
    const second = await run(["brief", "INC-2417", "--post", "--yes"]);
    expect(second.code).toBe(0);
    expect(posts(slack)).toHaveLength(4);
    expect(second.stdout).toContain("Nothing");
    expect(second.stdout).not.toContain("Posted");
  });

  it("never posts twice even when the decision is due again: the marker in the text is enough", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    await run(["brief", "INC-2417", "--post", "--yes"]);
    // Make the posts look older than the macro and the impact change, so the policy asks for the
    // announcement and the update again, and drop their metadata (as a client that loses it
    // would): only the text marker says they were made.
    const early = tsAt("2026-06-03T14:39:00Z", 900);
    for (const channel of slack.channels.values()) {
      for (const message of [...channel.messages, ...Object.values(channel.replies).flat()]) {
        if (message.bot_id !== "BSUPPORTW1") continue;
        delete message.metadata;
        message.ts = early;
      }
    }
    const again = JSON.parse((await run(["brief", "INC-2417", "--json"])).stdout);
    expect(again.decisions.map((d: { ruleId: string }) => d.ruleId)).toEqual(
      expect.arrayContaining(["announce-macro", "update-team"]),
    );
    const second = await run(["brief", "INC-2417", "--post", "--yes"]);
    expect(second.stdout).toContain(
      "already posted (support-watcher's marker found in Slack); not posted again.",
    );
    expect(posts(slack)).toHaveLength(4);
  });

  it("asks on a terminal and posts nothing on no; refuses without a terminal unless --yes", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    const questions: string[] = [];
    const no = await run(["brief", "INC-2417", "--post"], {
      tty: true,
      confirm: async (question) => {
        questions.push(question);
        return false;
      },
    });
    expect(no.code).toBe(0);
    expect(questions).toEqual(["Post these 4 messages to Slack?"]);
    expect(no.stderr).toContain("Nothing was posted.");
    expect(posts(slack)).toEqual([]);
    // The text was shown before the question.
    expect(no.stdout).toContain("*Ticket pattern for INC-2417*");

    const piped = await run(["brief", "INC-2417", "--post"]);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain("pass --yes to post without asking");
    expect(posts(slack)).toEqual([]);

    const yes = await run(["brief", "INC-2417", "--post"], {
      tty: true,
      confirm: async () => true,
    });
    expect(yes.code).toBe(0);
    expect(posts(slack)).toHaveLength(4);
  });

  it("escapes vendor text for Slack: no mention, link or broadcast forms from an incident name", async () => {
    const slack = slackWorld();
    const state = impactChanged("active");
    state.incident.name =
      "Flags <!channel> <@U0PRIYA001> <#C0TEAMSUP1> @here & \u001b[2J <https://evil.example|click>";
    const { run } = setup(slack, CONFIG, state);
    await run(["brief", "INC-2417", "--post", "--yes"]);
    const update = posts(slack).find((p) => p.text?.startsWith("*Update on INC-2417*"));
    expect(update?.text).toContain(
      "Flags &lt;!channel&gt; &lt;@U0PRIYA001&gt; &lt;#C0TEAMSUP1&gt; @\u2060here &amp; \\x1b[2J &lt;https://evil.example|click&gt;",
    );
    for (const post of posts(slack)) {
      expect(post.text).not.toMatch(/<[!@#]/);
      expect(post.text).not.toMatch(/(^|[^\u2060@])@here/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach Slack.
      expect(post.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    }
  });

  it("names Slack, the method and the channel when a post fails (exit 3)", async () => {
    const slack = slackWorld();
    const channel = slack.channels.get(INCIDENT_CHANNEL);
    if (channel) channel.postError = "not_in_channel";
    const { run } = setup(slack);
    const { code, stderr } = await run(["brief", "INC-2417", "--post", "--yes"]);
    expect(code).toBe(3);
    expect(stderr).toContain(
      `support-watcher: Slack POST chat.postMessage failed (not_in_channel) for channel the incident channel (${INCIDENT_CHANNEL}): the bot is not a member of the channel; invite it there with /invite`,
    );
    expect(stderr).not.toContain("xoxb-canary");
  });

  it("posts the handover note to the workflow thread once, and the handover decision clears", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    const before = await run(["brief", "INC-2417", "--json"]);
    expect(JSON.parse(before.stdout).decisions.map((d: { ruleId: string }) => d.ruleId)).toContain(
      "handover",
    );
    const first = await run(["handover-note", "INC-2417", "--post", "--yes"]);
    expect(first.code).toBe(0);
    expect(posts(slack)).toHaveLength(1);
    const [note] = posts(slack);
    expect(note?.channel).toBe(TEAM);
    expect(note?.thread_ts).toBe(WORKFLOW_TS);
    expect(note?.reply_broadcast).toBeUndefined();
    expect(note?.text).toMatch(
      /^Handover for INC-2417 at Wed 03 Jun 16:45 UTC from Priya Raman to Lou Bennett\n/,
    );
    expect(note?.text).toContain("*Status*: INC-2417 (major) is active");
    const second = await run(["handover-note", "INC-2417", "--post", "--yes"]);
    expect(second.stderr).toBe("");
    expect(second.stdout).toContain(
      "Already posted: support-watcher posted a handover note in the thread at Wed 03 Jun 16:05 UTC and no handover is due now.",
    );
    expect(posts(slack)).toHaveLength(1);
    const after = await run(["brief", "INC-2417"]);
    expect(after.stdout).toMatch(
      /From Slack: .*handover note 16:05 UTC https:\/\/acme\.slack\.com\/archives\/C0TEAMSUP1\/p/,
    );
    expect(after.stdout).not.toContain("Hand INC-2417 over to Lou Bennett");
  });

  it("refuses --post on a scenario and without a Slack token", async () => {
    const slack = slackWorld();
    const { run } = setup(slack);
    const scenario = await run(["handover-note", "--example", "--post", "--yes"]);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toContain("--post works on live data only");
    const noToken = await run(["brief", "INC-2417", "--post", "--yes"], { env: ENV });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("needs SLACK_BOT_TOKEN");
    expect(posts(slack)).toEqual([]);
  });
});

describe("what the posted messages say", () => {
  const setup = (slack: FakeSlack, state = impactChanged()) =>
    slackLive(live, slack, CONFIG, state);

  it("holds the macro announcement while the Comms Lead reviews the macro, and posts it once approved", async () => {
    const slack = slackWorld();
    const { run, fake } = setup(slack);
    const first = await run(["brief", "INC-2417", "--post", "--yes"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "! not posted: announce-macro: the Comms Lead reviews the macro before it is used (comms-review-before-use); the announcement waits for the approval",
    );
    expect(slack.posts().map((p) => p.text?.split("\n")[0])).not.toContainEqual(
      expect.stringContaining("is ready in Zendesk"),
    );
    expect(slack.posts()).toHaveLength(3);
    // Activating the macro in Zendesk is the approval.
    for (const macro of fake.macros) if (macro.title.startsWith("INC-2417")) macro.active = true;
    const second = await run(["brief", "INC-2417", "--post", "--yes"]);
    expect(second.code).toBe(0);
    expect(slack.posts()).toHaveLength(4);
    expect(slack.posts()[3]?.text).toMatch(
      /^\*INC-2417\*: the macro "INC-2417: Feature flags slow to update" is ready in Zendesk\. Please reply to tickets about this incident with it/,
    );
  });

  it("says the incident is resolved, not that the impact changed, and posts it after an impact update", async () => {
    const slack = slackWorld();
    const { run, fake } = setup(slack, impactChanged("active"));
    await run(["brief", "INC-2417", "--post", "--yes"]);
    const impact = slack.posts().find((p) => p.text?.startsWith("*Update on INC-2417*"));
    expect(impact?.text?.split("\n")[0]).toBe(
      "*Update on INC-2417* (major, active): Feature flag evaluation slow for EU projects. The user impact changed at 15:48 UTC.",
    );
    const resolved = incidentV2({ resolved: true });
    fake.incident.incident_status = resolved.incident_status;
    fake.incident.incident_timestamp_values = resolved.incident_timestamp_values ?? [];
    const after = await run(["brief", "INC-2417", "--post", "--yes"], {
      now: "2026-06-03T17:30:00Z",
    });
    expect(after.code, after.stderr).toBe(0);
    const [update, ...others] = slack.posts().slice(4);
    expect(others).toEqual([]);
    expect(update?.text?.split("\n")[0]).toBe(
      "*INC-2417 is resolved* (major, resolved): Feature flag evaluation slow for EU projects. It was resolved at 17:20 UTC.",
    );
    expect(update?.text).not.toContain("impact changed");
    expect(update?.thread_ts).toBe(WORKFLOW_TS);
  });
});
