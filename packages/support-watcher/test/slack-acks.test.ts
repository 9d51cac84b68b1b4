import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FakeSlack } from "./support/fake-slack.js";
import { verifyContractsAfterEach } from "./support/live.js";
import type { RunOptions } from "./support/run-cli.js";
import { SLACK_ENV, slackLive, slackWorld, TEAM, WORKFLOW_TS } from "./support/slack-world.js";
import { ENV, world } from "./support/world.js";

const live = verifyContractsAfterEach();

/** The fake vendors and Slack, with a state directory that must stay empty while Slack keeps the acknowledgements. */
function setup(slack = slackWorld()) {
  const current = slackLive(live, slack);
  const state = join(current.cwd, "state");
  const env = { ...SLACK_ENV, XDG_STATE_HOME: state, USER: "priya" };
  const run = (argv: string[], options: RunOptions = {}) => current.run(argv, { env, ...options });
  const rules = async () => {
    const { stdout, code, stderr } = await run(["brief", "INC-2417", "--json"]);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout);
    return {
      out,
      ids: [
        ...out.decisions,
        ...out.tickets.flatMap((t: { decisions: unknown[] }) => t.decisions),
      ].map((d: { ruleId: string; ticketId?: string }) =>
        d.ticketId ? `${d.ruleId} #${d.ticketId}` : d.ruleId,
      ),
    };
  };
  return { slack, run, rules, state, env };
}

/** support-watcher's acknowledgement replies in the workflow thread, as Slack holds them. */
const ackReplies = (slack: FakeSlack) =>
  (slack.channels.get(TEAM)?.replies[WORKFLOW_TS] ?? []).filter(
    (m) => m.metadata?.event_payload.kind === "acknowledgement",
  );

describe("acknowledgements kept in Slack", () => {
  it("done posts one marker reply in the workflow thread, and the next brief clears the decision", async () => {
    const { slack, run, rules, state } = setup();
    expect((await rules()).ids).toContain("announce-macro");
    const done = await run([
      "done",
      "announce-macro",
      "INC-2417",
      "--note",
      "told them in the thread <!channel>",
      "--now",
      "2026-06-03T16:01:00Z",
    ]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(
      "Sets macro.announcedToTeamAt; kept in Slack, as replies in the #team-support workflow thread (ts 1780502701.000200).",
    );
    const posts = slack.posts();
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post?.channel).toBe(TEAM);
    expect(post?.thread_ts).toBe(WORKFLOW_TS);
    expect(post?.reply_broadcast).toBeUndefined();
    expect(JSON.parse(post?.metadata ?? "{}")).toEqual({
      event_type: "support_watcher_post",
      event_payload: {
        op: "done",
        rule_id: "announce-macro",
        at: "2026-06-03T16:01:00.000Z",
        by: "priya",
        note: "told them in the thread <!channel>",
        incident: "INC-2417",
        kind: "acknowledgement",
        key: expect.stringMatching(/^[0-9a-f]{10}$/),
      },
    });
    // People read the text; no mention forms from the note.
    expect(post?.text).toContain(
      "✓ *announce-macro* for INC-2417 acknowledged by priya at Wed 03 Jun 16:01 UTC: the team channel was told the macro exists.",
    );
    expect(post?.text).toContain("> told them in the thread &lt;!channel&gt;");
    expect(post?.text).toMatch(
      /_Posted with support-watcher \[sw:INC-2417:acknowledgement:[0-9a-f]{10}\]_$/,
    );

    const after = await rules();
    expect(after.ids).not.toContain("announce-macro");
    expect(after.out.acknowledgements).toEqual([
      {
        ruleId: "announce-macro",
        at: "2026-06-03T16:01:00.000Z",
        by: "priya",
        note: "told them in the thread <!channel>",
        field: "macro.announcedToTeamAt",
        applied: true,
      },
    ]);
    // --json says where they came from as the heading does, and which stores held none.
    expect(after.out.acknowledgementsFrom).toEqual([
      {
        store: "slack_thread",
        where: "Slack, as replies in the #team-support workflow thread",
        count: 1,
      },
      {
        store: "local_state",
        where: `the local state directory ${join(state, "support-watcher", "acks")}`,
        count: 0,
      },
    ]);
    const text = await run(["brief", "INC-2417"]);
    expect(text.stdout).toContain(
      "Acknowledged (1) from Slack, as replies in the #team-support workflow thread\n",
    );
    // The acknowledgement is not a team update: the last one stays the 15:10 post.
    expect(text.stdout).toContain("last team update 15:10 UTC");
    // Nothing went to this machine's state directory.
    expect(existsSync(state)).toBe(false);
  });

  it("survives a restart: the thread is what a later run, on any machine, reads", async () => {
    const { slack, run } = setup();
    await run(["done", "update-team", "INC-2417", "--now", "2026-06-03T16:00:00Z"]);
    // Another watcher: another state directory and another user, the same Slack.
    const other = await run(["brief", "INC-2417", "--json"], {
      env: { ...SLACK_ENV, XDG_STATE_HOME: "/nonexistent/elsewhere", USER: "lou" },
    });
    const out = JSON.parse(other.stdout);
    expect(out.decisions.map((d: { ruleId: string }) => d.ruleId)).not.toContain("update-team");
    expect(out.acknowledgements).toEqual([
      expect.objectContaining({ ruleId: "update-team", by: "priya", applied: true }),
    ]);
    // The brief read the thread once, for everything: no request of its own for the acknowledgements.
    const replies = slack.calls.filter((c) => c.method === "conversations.replies");
    expect(replies.every((c) => c.params.ts === WORKFLOW_TS)).toBe(true);
  });

  it("never posts the same acknowledgement twice", async () => {
    const { slack, run } = setup();
    const argv = [
      "done",
      "check-with-cs",
      "INC-2417",
      "--ticket",
      "48213",
      "--now",
      "2026-06-03T16:02:00Z",
    ];
    expect((await run(argv)).code).toBe(0);
    const again = await run(argv);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      "already kept in Slack, as replies in the #team-support workflow thread (support-watcher's marker found there), so nothing was written again.",
    );
    expect(slack.posts()).toHaveLength(1);
    // CS answering is a new acknowledgement of the same step: posted, and it wins.
    const answered = await run([
      ...argv.slice(0, 5),
      "--answer",
      "handle",
      "--now",
      "2026-06-03T16:03:00Z",
    ]);
    expect(answered.code).toBe(0);
    expect(slack.posts()).toHaveLength(2);
    expect(ackReplies(slack).map((m) => m.metadata?.event_payload.answer)).toEqual([
      undefined,
      "handle",
    ]);
  });

  it("undo posts a reply that takes it back, keeping the history; the decision returns", async () => {
    const { slack, run, rules } = setup();
    await run(["done", "announce-macro", "INC-2417", "--now", "2026-06-03T16:01:00Z"]);
    const undo = await run(["undo", "announce-macro", "INC-2417", "--by", "Lou Bennett"]);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toContain(
      "Took back announce-macro of INC-2417 (acknowledged by priya at Wed 03 Jun 16:01 UTC) in Slack, as replies in the #team-support workflow thread.",
    );
    const replies = ackReplies(slack);
    expect(replies.map((m) => m.metadata?.event_payload.op)).toEqual(["done", "undo"]);
    expect(replies[1]?.metadata?.event_payload).toMatchObject({
      rule_id: "announce-macro",
      at: "2026-06-03T16:01:00.000Z",
      by: "priya",
      undone_by: "Lou Bennett",
      undone_at: "2026-06-03T16:05:00.000Z",
    });
    expect(replies[1]?.text).toContain(
      "↩ *announce-macro* for INC-2417 taken back by Lou Bennett: the acknowledgement by priya at Wed 03 Jun 16:01 UTC no longer counts.",
    );
    const after = await rules();
    expect(after.ids).toContain("announce-macro");
    expect(after.out.acknowledgements).toEqual([]);
    // Nothing left to take back: refused, and nothing posted.
    const twice = await run(["undo", "announce-macro", "INC-2417"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(
      "there is no acknowledgement of announce-macro for INC-2417 in Slack, as replies in the #team-support workflow thread; nothing is acknowledged for it.",
    );
    expect(slack.posts()).toHaveLength(2);
  });

  it("refuses to write elsewhere when the incident has no workflow thread, unless --local", async () => {
    const slack = slackWorld();
    const team = slack.channels.get(TEAM);
    if (team) team.messages = team.messages.filter((m) => m.ts !== WORKFLOW_TS);
    const { run, state } = setup(slack);
    const done = await run(["done", "announce-macro", "INC-2417"]);
    expect(done.code).toBe(3);
    expect(done.stderr).toBe(
      `support-watcher: Slack POST conversations.history found no workflow post for INC-2417 in channel #team-support (${TEAM}) (the newest 2000 messages), so there is no thread to keep the acknowledgement in; nothing was written. Pass --local to keep it on this machine only.\n`,
    );
    expect(slack.posts()).toEqual([]);
    expect(existsSync(state)).toBe(false);

    const local = await run(["done", "announce-macro", "INC-2417", "--local"]);
    expect(local.code, local.stderr).toBe(0);
    expect(local.stdout).toContain(
      `kept in the local state directory ${join(state, "support-watcher", "acks")} (--local: only this machine sees it).`,
    );
    expect(existsSync(join(state, "support-watcher", "acks", "INC-2417.json"))).toBe(true);
    expect(slack.posts()).toEqual([]);
    // This machine's brief shows it, and says where it came from.
    const brief = await run(["brief", "INC-2417"]);
    expect(brief.stdout).toContain(
      `Acknowledged (1) from the local state directory ${join(state, "support-watcher", "acks")}`,
    );
  });

  it("names the method and the channel when Slack fails (exit 3), and writes nothing", async () => {
    const slack = slackWorld();
    const team = slack.channels.get(TEAM);
    if (team) team.readError = "not_in_channel";
    const { run, state } = setup(slack);
    const done = await run(["done", "update-team", "INC-2417"]);
    expect(done.code).toBe(3);
    expect(done.stderr).toContain(
      `support-watcher: Slack POST conversations.history failed (not_in_channel) for channel #team-support (${TEAM}): the bot is not a member of the channel; invite it there with /invite`,
    );
    expect(done.stderr).not.toContain("xoxb-");
    expect(existsSync(state)).toBe(false);
    if (team) {
      delete team.readError;
      team.postError = "restricted_action";
    }
    const post = await run(["done", "update-team", "INC-2417"]);
    expect(post.code).toBe(3);
    expect(post.stderr).toContain(
      "Slack POST chat.postMessage failed (restricted_action) for channel #team-support (workflow thread): the workspace does not let the bot post there",
    );
  });

  it("keeps them on this machine without Slack, and says so", async () => {
    const { slack, run, state } = setup();
    const done = await run(["done", "review-docs", "INC-2417"], {
      env: { ...ENV, XDG_STATE_HOME: state, USER: "priya" },
    });
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(
      "(Slack is not configured: SLACK_BOT_TOKEN is unset, so only this machine sees it).",
    );
    expect(slack.calls).toEqual([]);
  });

  it("the sweep reads them from the thread too: a customer told by hand is not notified again", async () => {
    const resolved = slackLive(
      live,
      slackWorld(),
      undefined,
      world({ resolved: true, macro: "active" }),
    );
    const env = { ...SLACK_ENV, USER: "priya" };
    const done = await resolved.run(
      ["done", "notify-resolved", "INC-2417", "--ticket", "48213", "--now", "2026-06-03T17:30:00Z"],
      { env, now: "2026-06-03T17:35:00Z" },
    );
    expect(done.code, done.stderr).toBe(0);
    const sweep = await resolved.run(["sweep", "INC-2417", "--json"], {
      env,
      now: "2026-06-03T17:35:00Z",
    });
    expect(sweep.code, sweep.stderr).toBe(0);
    expect(JSON.parse(sweep.stdout).plan.notify).toEqual(["48190", "48221", "48230"]);
  });

  it("replays saved data without reading Slack", async () => {
    const { slack, run } = setup();
    const saved = await run(["brief", "INC-2417", "--save", "inc.json"]);
    expect(saved.code).toBe(0);
    const before = slack.calls.length;
    const replay = await run(["brief", "--scenario", "inc.json"]);
    expect(replay.code).toBe(0);
    expect(slack.calls.length).toBe(before);
  });
});
