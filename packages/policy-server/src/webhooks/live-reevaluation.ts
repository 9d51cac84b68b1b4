// Webhook events re-evaluate the incident they are about from live data, with the watcher's own
// code: its loader and incremental reads, the acknowledgements in the workflow thread, the
// policy, its change detection, and its markers for the notices of newly blocking decisions.
import {
  type FollowedPoll,
  IncidentFollower,
  incidentsOfTicket,
  PostLedger,
  type Vendors,
  vendorsFrom,
  type WatcherConfig,
} from "@support/watcher";
import type { WebhookDeps, WebhookHandlers } from "./events.js";
import { WorkQueue } from "./work-queue.js";

export interface LiveReevaluationOptions {
  /** The vendor credentials (as the watcher reads them) and SLACK_BOT_TOKEN. */
  env: Readonly<Record<string, string | undefined>>;
  /** The watcher config: roster, vendor field mappings, the team channel. */
  config: WatcherConfig;
  /** Wall clock in ms: the instant each re-evaluation is for. */
  now?: () => number;
  /** Re-evaluations waiting at most (default 1,000). */
  capacity?: number;
  /** Incidents re-evaluated at the same time (default 2); one incident never twice at once. */
  concurrency?: number;
  /** Incidents whose previous evaluation is kept (default 500; the least recently used go first). */
  maxFollowed?: number;
  /** The clients (tests pass their own waits). */
  vendors?: Vendors;
}

export interface LiveReevaluation {
  /** The handlers to give createApp: they queue the work and return at once. */
  handlers(deps: WebhookDeps): WebhookHandlers;
  /** Resolves once no re-evaluation waits or runs. */
  idle(): Promise<void>;
  /** Takes no more events; those waiting still run (for a graceful shutdown). */
  stop(): void;
  /** Incidents whose previous evaluation is in memory. */
  followed(): number;
}

const INCIDENT = "incident:";
const TICKET = "ticket:";

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 1000);

/**
 * Re-evaluation of incidents on webhook events. An incident.io event queues its incident; a
 * Zendesk event queues its ticket, whose look-up (its `incident/<n>` tags, else the live
 * incidents it may belong to) queues those incidents. The queue is bounded and runs one
 * re-evaluation per incident at a time, coalescing bursts. Each incident's previous evaluation is
 * kept in this process's memory only: the first event an instance sees for an incident compares
 * with nothing, so every open decision counts as new there, and the markers in Slack keep its
 * notices from being posted again.
 */
export function createLiveReevaluation(options: LiveReevaluationOptions): LiveReevaluation {
  const { config } = options;
  const now = options.now ?? Date.now;
  const vendors =
    options.vendors ??
    vendorsFrom(
      { env: options.env },
      {
        timeoutMs: Math.round(config.timeoutSeconds * 1000),
        zendeskPlan: config.zendesk.plan,
        attachmentsPerMinute: config.sweep.attachmentsPerMinute,
      },
    );
  const ledger = new PostLedger();
  const maxFollowed = options.maxFollowed ?? 500;
  /** Followers by the name they were first met under; `names` maps every known name to it. */
  const followers = new Map<string, IncidentFollower>();
  const names = new Map<string, string>();
  let queue: WorkQueue | undefined;

  const followerFor = (name: string): [string, IncidentFollower] => {
    const key = names.get(name) ?? name;
    let follower = followers.get(key);
    if (follower) followers.delete(key);
    follower ??= new IncidentFollower({ incident: name, config, vendors, clock: now, ledger });
    // Map order is recency: the least recently re-evaluated incident is forgotten first.
    followers.set(key, follower);
    names.set(name, key);
    for (const [old] of followers) {
      if (followers.size <= maxFollowed) break;
      forget(old);
    }
    return [key, follower];
  };
  const forget = (key: string) => {
    followers.delete(key);
    for (const [name, to] of names) if (to === key) names.delete(name);
  };

  /** One operator line on stderr (JSON, redacted by the server, never a stack). */
  const report = (
    d: WebhookDeps,
    level: "error" | "warn",
    event: string,
    fields: Record<string, string>,
  ) => d.logError(JSON.stringify({ level, time: new Date(now()).toISOString(), event, ...fields }));

  async function reevaluate(name: string, d: WebhookDeps): Promise<void> {
    const started = performance.now();
    const [key, follower] = followerFor(name);
    let polled: FollowedPoll;
    try {
      polled = await follower.poll();
    } catch (error) {
      d.metrics.reevaluation("incident", "failed");
      report(d, "error", "reevaluation_failed", { incident: name, error: oneLine(error) });
      return;
    }
    // The same incident met under another name (its id and its reference) is one follower: the
    // first one met stays, a second is forgotten.
    const aliases = [polled.incidentId, polled.reference];
    const first = aliases
      .map((alias) => names.get(alias))
      .find((other) => other !== undefined && other !== key && followers.has(other));
    if (first !== undefined) forget(key);
    for (const alias of aliases) names.set(alias, first ?? key);
    if (follower.finished) forget(first ?? key);
    d.metrics.reevaluation("incident", "ok");
    for (const post of polled.posts) d.metrics.slackPost(post.result);
    const failed = polled.posts.filter((p) => p.result === "failed");
    for (const post of failed)
      report(d, "error", "slack_post_failed", {
        incident: polled.reference,
        ruleId: post.decision.ruleId,
        error: post.detail ?? "",
      });
    d.decisionLog.record({
      decision_id: d.newId(),
      time: new Date(now()).toISOString(),
      route: "reevaluation",
      status: 200,
      token_id: "webhook",
      duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
      policy_version: d.policyVersion,
      decisions: polled.frame.decisions.map((decision) => ({
        action: decision.action,
        ruleId: decision.ruleId,
        ...(decision.ticketId !== undefined && { ticketId: decision.ticketId }),
        blocking: decision.blocking,
      })),
      reevaluation: {
        incident: polled.reference,
        incidentId: polled.incidentId,
        at: polled.at,
        changes: polled.events.map((event) => ({
          kind: event.kind,
          ...(event.decision && { ruleId: event.decision.ruleId }),
          ...(event.ticketId !== undefined && { ticketId: event.ticketId }),
        })),
        posts: polled.posts.map((post) => ({
          ruleId: post.decision.ruleId,
          ...(post.decision.ticketId !== undefined && { ticketId: post.decision.ticketId }),
          result: post.result,
        })),
      },
    });
  }

  async function lookUpTicket(ticketId: string, d: WebhookDeps, q: WorkQueue): Promise<void> {
    try {
      const found = await incidentsOfTicket(vendors, ticketId, (reference, ticket) => {
        const key = names.get(reference);
        return key === undefined ? undefined : followers.get(key)?.concerns(ticket);
      });
      d.metrics.reevaluation("ticket", "ok");
      for (const reference of found.references)
        queued("incident", q.add(`${INCIDENT}${names.get(reference) ?? reference}`), d);
    } catch (error) {
      d.metrics.reevaluation("ticket", "failed");
      report(d, "error", "ticket_lookup_failed", { ticket: ticketId, error: oneLine(error) });
    }
  }

  const queued = (kind: string, outcome: string, d: WebhookDeps) => {
    d.metrics.reevaluationQueued(kind, outcome);
    if (outcome === "dropped")
      report(d, "warn", "reevaluation_dropped", { kind, reason: "the queue is full" });
  };

  return {
    handlers(d) {
      const q: WorkQueue = new WorkQueue({
        capacity: options.capacity ?? 1000,
        concurrency: options.concurrency ?? 2,
        onDepth: (depth) => d.metrics.queueDepth.set(depth),
        run: (key): Promise<void> =>
          key.startsWith(TICKET)
            ? lookUpTicket(key.slice(TICKET.length), d, q)
            : reevaluate(key.slice(INCIDENT.length), d),
      });
      queue = q;
      return {
        onIncidentEvent: (incidentId) => {
          const name = names.get(incidentId) ?? incidentId;
          queued("incident", q.add(`${INCIDENT}${name}`), d);
        },
        onTicketEvent: (ticketId) => queued("ticket", q.add(`${TICKET}${ticketId}`), d),
      };
    },
    idle: () => queue?.idle() ?? Promise.resolve(),
    stop: () => queue?.stop(),
    followed: () => followers.size,
  };
}
