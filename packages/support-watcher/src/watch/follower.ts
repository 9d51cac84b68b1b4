import type { Decision, TicketInput } from "@support/policy";
import { matchTickets } from "@support/policy";
import { mergeAcks } from "../acks/merge.js";
import { SlackAckStore, slackAckContext } from "../acks/slack-store.js";
import { DataProblems } from "../adapters/data-problems.js";
import { toPolicyTicket } from "../adapters/tickets.js";
import type { WatcherConfig } from "../config/schema.js";
import { CliError } from "../errors.js";
import type { LiveState } from "../live/load.js";
import { blockingDecisionPost } from "../slack/compose.js";
import { type FoundMarker, markerMetadata, markerToken } from "../slack/marker.js";
import { sendPosts, unposted } from "../slack/post.js";
import type { Snapshot } from "../snapshot.js";
import type { Vendors } from "../vendors/clients.js";
import type { ZendeskTicket } from "../vendors/zendesk.js";
import { decisionKey, diff, type WatchEvent } from "./diff.js";
import type { WatchFrame } from "./frame.js";
import { LivePoller } from "./live-poller.js";
import { evaluateForWatch } from "./session.js";

/**
 * Posts claimed by the followers of one process, by marker token: two followers that raced to
 * the same incident (met under its id and its reference) still post each message once.
 */
export class PostLedger {
  readonly #claimed = new Set<string>();
  /** True when the token was free and is now this caller's; false when someone has it. */
  claim(token: string): boolean {
    if (this.#claimed.has(token)) return false;
    this.#claimed.add(token);
    return true;
  }
  /** Gives a token back after its post failed, so a later try may post it. */
  release(token: string): void {
    this.#claimed.delete(token);
  }
}

export interface FollowerOptions {
  /** The incident as incident.io names it: its id or its reference (INC-123). */
  incident: string;
  config: WatcherConfig;
  vendors: Vendors;
  /** The clock: when each poll is for. */
  clock(): number;
  /** Shared by the followers of one process; one of its own when not given. */
  ledger?: PostLedger;
}

/** What became of one blocking decision's notice. */
export interface BlockingPost {
  decision: Decision;
  /** `cannot`: nowhere to post yet (tried again next poll); `failed`: Slack refused (likewise). */
  result: "posted" | "already_posted" | "cannot" | "failed";
  /** Where it went (posted), why it could not go (cannot), or what Slack said (failed). */
  detail?: string;
  ts?: string;
}

export interface FollowedPoll {
  reference: string;
  /** incident.io's id of the incident. */
  incidentId: string;
  at: string;
  frame: WatchFrame;
  /** The changes since this follower's previous poll (every open decision on its first). */
  events: WatchEvent[];
  /** The notices of blocking decisions that appeared (and of earlier ones not posted yet). */
  posts: BlockingPost[];
}

/**
 * One incident followed from outside a terminal (a webhook receiver): each `poll` reads it
 * again with `watch`'s incremental reads (LivePoller), merges the acknowledgements kept in the
 * workflow thread, evaluates the policy and compares with the previous poll (frameOf, diff),
 * exactly as `support-watcher watch` does. With Slack configured, each blocking decision that
 * appeared is posted to the incident's workflow thread once: a notice whose marker Slack holds,
 * or that this process claimed, is never sent again. The previous evaluation lives in this
 * object only.
 */
export class IncidentFollower {
  readonly #options: FollowerOptions;
  readonly #poller: LivePoller;
  readonly #ledger: PostLedger;
  readonly #sent: FoundMarker[] = [];
  /** Blocking decisions (by identity) whose notice is still to be posted. */
  readonly #due = new Set<string>();
  #previous: WatchFrame | undefined;
  #snapshot: Snapshot | undefined;
  #incidentId: string | undefined;

  constructor(options: FollowerOptions) {
    this.#options = options;
    this.#ledger = options.ledger ?? new PostLedger();
    this.#poller = new LivePoller({
      reference: options.incident,
      config: options.config,
      vendors: options.vendors,
      clock: options.clock,
      fullReadEvery: options.config.watch.fullReadEvery,
    });
  }

  /** The reference and id once polled (undefined before the first poll). */
  get reference(): string | undefined {
    return this.#snapshot?.incident.reference;
  }
  get incidentId(): string | undefined {
    return this.#incidentId;
  }

  /** The incident is over and nothing is left to do after it: following it can stop. */
  get finished(): boolean {
    const frame = this.#previous;
    return (
      frame !== undefined &&
      ["resolved", "closed", "declined", "merged"].includes(frame.incident.status) &&
      frame.decisions.length === 0
    );
  }

  /**
   * Whether a Zendesk ticket concerns this incident as last evaluated: a related ticket or one a
   * decision is about, or one the policy's matching relates to it now; undefined before the
   * first poll.
   */
  concerns(ticket: ZendeskTicket): boolean | undefined {
    const snapshot = this.#snapshot;
    const frame = this.#previous;
    if (!snapshot || !frame) return undefined;
    const id = String(ticket.id);
    if (frame.tickets.some((t) => t.id === id) || frame.decisions.some((d) => d.ticketId === id))
      return true;
    // Only its words are matched here; whether it is attached is read on the next poll.
    const mapped: TicketInput | undefined = toPolicyTicket(
      ticket,
      { attached: undefined, markerTag: "" },
      new DataProblems(),
    );
    if (!mapped) return false;
    return matchTickets(snapshot.incident, [mapped], snapshot.config ?? {}).length > 0;
  }

  async poll(): Promise<FollowedPoll> {
    const { config, vendors } = this.#options;
    const at = new Date(this.#options.clock()).toISOString();
    const { state } = await this.#poller.poll(at, at);
    const reference = state.snapshot.incident.reference;
    const slack = vendors.slack;
    const acks = slack
      ? await new SlackAckStore(slackAckContext(config, slack, state.slack)).list(reference)
      : [];
    const { briefing, frame } = await evaluateForWatch(
      mergeAcks(state.snapshot, acks).snapshot,
      config.watch.dueSoonMinutes,
    );
    const events = diff(this.#previous, frame);
    this.#previous = frame;
    this.#snapshot = briefing.snapshot;
    this.#incidentId = state.incident.id;
    if (!slack) return { reference, incidentId: state.incident.id, at, frame, events, posts: [] };
    for (const event of events) {
      if (!event.decision) continue;
      if (event.kind === "appeared" && event.decision.blocking)
        this.#due.add(decisionKey(event.decision));
      if (event.kind === "cleared") this.#due.delete(decisionKey(event.decision));
    }
    const due = frame.decisions.filter((d) => d.blocking && this.#due.has(decisionKey(d)));
    const posts = due.length > 0 ? await this.#post(due, state) : [];
    return { reference, incidentId: state.incident.id, at, frame, events, posts };
  }

  async #post(decisions: readonly Decision[], state: LiveState): Promise<BlockingPost[]> {
    const reading = state.slack;
    const reference = state.snapshot.incident.reference;
    const client = this.#options.vendors.slack;
    const results: BlockingPost[] = [];
    for (const decision of decisions) {
      const post = blockingDecisionPost(reference, decision, {
        team: reading?.teamChannel,
        threadTs: reading?.workflowPost?.ts,
      });
      if ("cannot" in post) {
        results.push({ decision, result: "cannot", detail: post.cannot });
        continue;
      }
      const token = markerToken(post.marker);
      const known = [...(reading?.markers ?? []), ...this.#sent];
      this.#due.delete(decisionKey(decision));
      if (unposted([post], known).length === 0 || !this.#ledger.claim(token)) {
        results.push({ decision, result: "already_posted" });
        continue;
      }
      try {
        const [sent] = await sendPosts(
          await (client as NonNullable<typeof client>)(),
          [post],
          known,
        );
        const payload = markerMetadata(post.marker).event_payload;
        this.#sent.push({ incident: payload.incident, kind: payload.kind, digest: payload.key });
        results.push({
          decision,
          result: "posted",
          detail: post.where,
          ...(sent?.ts !== undefined && { ts: sent.ts }),
        });
      } catch (error) {
        this.#ledger.release(token);
        if (!(error instanceof CliError)) throw error;
        this.#due.add(decisionKey(decision));
        results.push({ decision, result: "failed", detail: error.message });
      }
    }
    return results;
  }
}
