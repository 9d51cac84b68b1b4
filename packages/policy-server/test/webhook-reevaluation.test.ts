import { createHmac } from "node:crypto";
import { environmentSecrets, parseConfig, vendorsFrom } from "@support/watcher";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
// The watcher's simulated vendors (contract-checked against the vendor documents) and Slack.
import { contractCheck } from "../../support-watcher/test/support/contracts.js";
import { type FakeSlack, serveSlack } from "../../support-watcher/test/support/fake-slack.js";
import { FakeVendors } from "../../support-watcher/test/support/fake-vendors.js";
import { serveWithNock } from "../../support-watcher/test/support/serve-with-nock.js";
import {
  FAST,
  impactChanged,
  SLACK_ENV,
  slackWorld,
  TEAM,
  WORKFLOW_TS,
} from "../../support-watcher/test/support/slack-world.js";
import { CONFIG, ENV, INCIDENT_ID } from "../../support-watcher/test/support/world.js";
import { createLiveReevaluation } from "../src/webhooks/live-reevaluation.js";
import { standardWebhookKey } from "../src/webhooks/signatures.js";
import { testServer } from "./support/test-server.js";

const INCIDENT_IO_SECRET = "whsec_c2VjcmV0LWZvci10aGUtcG9saWN5LXNlcnZlci10ZXN0cw==";
const ZENDESK_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";

let checks: Array<{ problems: string[] }> = [];
afterEach(() => {
  nock.cleanAll();
  for (const check of checks) expect(check.problems).toEqual([]);
  checks = [];
});

/**
 * The policy server with the webhooks wired to live re-evaluation against the simulated
 * vendors and Slack (the bundled incident after its impact change: one blocking decision, asking
 * CS about ticket 48213), and helpers to deliver signed events.
 */
function setup(options: { slack?: FakeSlack; env?: Record<string, string> } = {}) {
  const check = contractCheck();
  checks.push(check);
  const fake = new FakeVendors(impactChanged("active"), { check });
  serveWithNock(fake);
  const slack = options.slack ?? slackWorld();
  serveSlack(slack);
  const env = options.env ?? SLACK_ENV;
  const config = parseConfig({ ...CONFIG, slack: { channelIds: { team: TEAM } } }, "test");
  const start = () => {
    const reevaluation = createLiveReevaluation({
      env,
      config,
      now: () => server.clock.ms,
      // The clients' retry waits return at once; Slack's back-off is none.
      vendors: vendorsFrom({ env, sleep: async () => {} }, { slackRetry: FAST.slackRetry }),
    });
    const server = testServer({
      webhooks: {
        incidentIoKey: standardWebhookKey(INCIDENT_IO_SECRET),
        zendeskSecret: ZENDESK_SECRET,
        toleranceSeconds: 300,
        handlers: reevaluation.handlers,
      },
      secrets: environmentSecrets(env),
    });
    let deliveries = 0;
    const incidentEvent = async (incidentId = INCIDENT_ID, id = `msg_${++deliveries}`) => {
      const body = JSON.stringify({
        event_type: "public_incident.incident_updated_v2",
        "public_incident.incident_updated_v2": { id: incidentId, name: "Flags slow" },
      });
      const timestamp = String(Math.floor(server.clock.ms / 1000));
      const key = standardWebhookKey(INCIDENT_IO_SECRET);
      const signature = createHmac("sha256", key)
        .update(`${id}.${timestamp}.${body}`)
        .digest("base64");
      return server.request("/v1/webhooks/incident-io", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "webhook-id": id,
          "webhook-timestamp": timestamp,
          "webhook-signature": `v1,${signature}`,
        },
        body,
      });
    };
    const ticketEvent = async (ticketId: number) => {
      const body = JSON.stringify({
        type: "zen:event-type:ticket.comment_added",
        subject: `zen:ticket:${ticketId}`,
        detail: { id: String(ticketId) },
        // A new delivery signs a new timestamp.
        id: `evt-${++deliveries}`,
      });
      const timestamp = new Date(server.clock.ms - deliveries).toISOString();
      const signature = createHmac("sha256", ZENDESK_SECRET)
        .update(timestamp + body)
        .digest("base64");
      return server.request("/v1/webhooks/zendesk", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-zendesk-webhook-signature": signature,
          "x-zendesk-webhook-signature-timestamp": timestamp,
        },
        body,
      });
    };
    const metrics = async () => server.served.metrics.registry.metrics();
    return { server, reevaluation, incidentEvent, ticketEvent, metrics };
  };
  const incidentReads = () =>
    fake.requests.filter((r) => r.operation === "/v2/incidents/{id}").length;
  return { fake, slack, start, incidentReads };
}

const notices = (slack: FakeSlack) =>
  slack
    .posts()
    .filter((p) => JSON.parse(p.metadata ?? "{}").event_payload?.kind === "blocking_decision");

describe("webhooks re-evaluate the incident from live data", () => {
  it("a signed incident.io event queues a re-evaluation through the vendors, which posts the blocking decision once", async () => {
    const { slack, start, incidentReads } = setup();
    const { server, reevaluation, incidentEvent, metrics } = start();
    const response = await incidentEvent();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "accepted",
      event: "public_incident.incident_updated_v2",
      incidentId: INCIDENT_ID,
    });
    // The answer does not wait for the work.
    let finished = false;
    const idle = reevaluation.idle().then(() => {
      finished = true;
    });
    expect(finished).toBe(false);
    await idle;
    expect(incidentReads()).toBe(1);
    const [notice, ...others] = notices(slack);
    expect(others).toEqual([]);
    expect(notice?.channel).toBe(TEAM);
    expect(notice?.thread_ts).toBe(WORKFLOW_TS);
    expect(notice?.reply_broadcast).toBeUndefined();
    expect(notice?.text).toMatch(
      /^✖ \*Blocking on INC-2417\*: Before replying on ticket 48213, ask in #cs-sales-support whether Acme Health's account team wants to handle it/,
    );
    expect(notice?.text).toContain("Coordinating with TAMs and CSMs · check-with-cs");
    expect(JSON.parse(notice?.metadata ?? "{}").event_payload).toMatchObject({
      incident: "INC-2417",
      kind: "blocking_decision",
    });
    const line = server.log().find((entry) => entry.route === "reevaluation");
    expect(line).toMatchObject({
      status: 200,
      token_id: "webhook",
      reevaluation: {
        incident: "INC-2417",
        incidentId: INCIDENT_ID,
        posts: [{ ruleId: "check-with-cs", ticketId: "48213", result: "posted" }],
      },
    });
    expect(line?.decisions).toContainEqual({
      action: "check_with_cs",
      ruleId: "check-with-cs",
      ticketId: "48213",
      blocking: true,
    });
    const text = await metrics();
    expect(text).toContain(
      'policy_server_reevaluation_requests_total{kind="incident",outcome="queued"} 1',
    );
    expect(text).toContain('policy_server_reevaluations_total{kind="incident",outcome="ok"} 1');
    expect(text).toContain('policy_server_slack_posts_total{outcome="posted"} 1');
    expect(text).toContain("policy_server_reevaluation_queue_depth 0");
    expect(server.logText()).not.toContain("xoxb-");
  });

  it("the same event again (a new delivery) re-reads only what changed and posts nothing new; nor does a restarted instance", async () => {
    const { slack, start, incidentReads } = setup();
    const first = start();
    await first.incidentEvent();
    await first.reevaluation.idle();
    expect((await first.incidentEvent()).status).toBe(200);
    await first.reevaluation.idle();
    expect(incidentReads()).toBe(2);
    expect(notices(slack)).toHaveLength(1);
    const log = first.server.log().filter((entry) => entry.route === "reevaluation");
    // The second compares with the first: nothing appeared, nothing was posted.
    expect(log[1]).toMatchObject({ reevaluation: { changes: [], posts: [] } });
    // The notice in the thread is not a team update: update-team is still open.
    expect(log[1]?.decisions).toContainEqual(expect.objectContaining({ ruleId: "update-team" }));

    // Another instance (or this one after a restart) has no previous evaluation: every open
    // decision is new to it, and the marker in the thread keeps the notice from going twice.
    const restarted = start();
    await restarted.incidentEvent();
    await restarted.reevaluation.idle();
    expect(notices(slack)).toHaveLength(1);
    expect(await restarted.metrics()).toContain(
      'policy_server_slack_posts_total{outcome="already_posted"} 1',
    );
  });

  it("coalesces a burst of 20 events for one incident", async () => {
    const { slack, start, incidentReads } = setup();
    const { reevaluation, incidentEvent, metrics } = start();
    const answers = await Promise.all(Array.from({ length: 20 }, () => incidentEvent()));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    await reevaluation.idle();
    // One re-evaluation running, at most one more for everything that came during it.
    expect(incidentReads()).toBeLessThanOrEqual(2);
    const text = await metrics();
    const count = (outcome: string) =>
      Number(
        new RegExp(
          `policy_server_reevaluation_requests_total\\{kind="incident",outcome="${outcome}"\\} (\\d+)`,
        ).exec(text)?.[1] ?? 0,
      );
    expect(count("queued")).toBe(incidentReads());
    expect(count("coalesced")).toBe(20 - incidentReads());
    expect(count("dropped")).toBe(0);
    expect(notices(slack)).toHaveLength(1);
  });

  it("a vendor failure is logged and counted, the server goes on, and no answer carries a stack trace", async () => {
    const { fake, slack, start } = setup();
    const { server, reevaluation, incidentEvent, metrics } = start();
    let down = true;
    fake.fail((r) => down && r.operation === "/v2/incidents/{id}", 503, { times: 100 });
    const failed = await incidentEvent();
    expect(failed.status).toBe(200);
    const body = await failed.text();
    await reevaluation.idle();
    const errors = server.errors.map((line) => JSON.parse(line));
    expect(errors).toEqual([
      {
        level: "error",
        time: "2026-06-03T16:05:00.000Z",
        event: "reevaluation_failed",
        incident: INCIDENT_ID,
        error: `incident.io GET /v2/incidents/${INCIDENT_ID} failed (HTTP 503) for incident ${INCIDENT_ID}: HTTP 503 Service Unavailable`,
      },
    ]);
    expect(server.errors.join("\n")).not.toMatch(/\n\s+at |inc_live_key|xoxb-/);
    expect(await metrics()).toContain(
      'policy_server_reevaluations_total{kind="incident",outcome="failed"} 1',
    );
    expect(notices(slack)).toEqual([]);
    // Still serving: the next delivery (the vendor is back) re-evaluates and posts.
    down = false;
    const again = await incidentEvent();
    const health = await server.request("/health");
    await reevaluation.idle();
    expect(health.status).toBe(200);
    for (const text of [body, await again.text(), await health.text()])
      expect(text).not.toMatch(/\s+at \S+ \(|Error:/);
    expect(notices(slack)).toHaveLength(1);
  });

  it("a notice Slack refuses is logged, counted and posted on the incident's next re-evaluation", async () => {
    const slack = slackWorld();
    const team = slack.channels.get(TEAM);
    if (team) team.postError = "not_in_channel";
    const { start } = setup({ slack });
    const { server, reevaluation, incidentEvent, metrics } = start();
    await incidentEvent();
    await reevaluation.idle();
    expect(notices(slack)).toEqual([]);
    expect(server.errors.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        level: "error",
        event: "slack_post_failed",
        incident: "INC-2417",
        ruleId: "check-with-cs",
        error: `Slack POST chat.postMessage failed (not_in_channel) for channel #team-support (workflow thread): the bot is not a member of the channel; invite it there with /invite`,
      }),
    ]);
    expect(await metrics()).toContain('policy_server_slack_posts_total{outcome="failed"} 1');
    if (team) delete team.postError;
    await incidentEvent();
    await reevaluation.idle();
    expect(notices(slack)).toHaveLength(1);
  });

  it("maps a Zendesk ticket event to its incident by the incident tag, and the incident.io event to the same follower", async () => {
    const { slack, start, incidentReads } = setup();
    const { reevaluation, ticketEvent, incidentEvent, metrics } = start();
    // 48213 carries incident/2417.
    expect((await ticketEvent(48213)).status).toBe(200);
    await reevaluation.idle();
    expect(incidentReads()).toBe(1);
    expect(notices(slack)).toHaveLength(1);
    await incidentEvent();
    await reevaluation.idle();
    expect(reevaluation.followed()).toBe(1);
    expect(notices(slack)).toHaveLength(1);
    expect(await metrics()).toContain(
      'policy_server_reevaluations_total{kind="ticket",outcome="ok"} 1',
    );
  });

  it("maps an untagged ticket by matching it against the live incidents: related ones re-evaluate, others do not", async () => {
    const { start, incidentReads } = setup();
    const { reevaluation, ticketEvent } = start();
    // 48221 has no tag; the live incident was not evaluated yet, so it is re-evaluated.
    await ticketEvent(48221);
    await reevaluation.idle();
    expect(incidentReads()).toBe(1);
    // A how-to question about cohorts matches nothing the incident says: no re-evaluation.
    await ticketEvent(48176);
    await reevaluation.idle();
    expect(incidentReads()).toBe(1);
    // 48221 is among the incident's tickets now.
    await ticketEvent(48221);
    await reevaluation.idle();
    expect(incidentReads()).toBe(2);
  });

  it("without Slack configured it re-evaluates and posts nothing", async () => {
    const slack = slackWorld();
    const { start, incidentReads } = setup({ slack, env: ENV });
    const { reevaluation, incidentEvent, server } = start();
    await incidentEvent();
    await reevaluation.idle();
    expect(incidentReads()).toBe(1);
    expect(slack.calls).toEqual([]);
    expect(server.log().find((e) => e.route === "reevaluation")).toMatchObject({
      reevaluation: { posts: [] },
    });
  });
});
