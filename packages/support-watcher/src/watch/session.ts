import type { MergedAck } from "../acks/merge.js";
import { type Briefing, buildBriefing } from "../briefing/model.js";
import { policyInputFailure } from "../commands/sources.js";
import { EXIT } from "../errors.js";
import { classify } from "../failures.js";
import type { LiveState } from "../live/load.js";
import type { Snapshot } from "../snapshot.js";
import { diff, type WatchEvent } from "./diff.js";
import { frameOf, type WatchFrame } from "./frame.js";

/**
 * One poll's data: an incident's snapshot with acknowledgements merged, or a frame evaluated
 * already (the queue), and how it was read.
 */
export interface Poll {
  snapshot?: Snapshot;
  frame?: WatchFrame;
  /** The instant the poll is for. */
  at: string;
  kind: "live" | "scenario" | "example";
  acknowledgements: MergedAck[];
  /** Vendor requests the poll made (live only). */
  requests?: number;
  /** A label for the poll: the scenario's description, or how it was read. */
  label?: string;
  /** A live poll's state as read (its Slack reading, the status page link), for --post. */
  live?: LiveState;
}

/** Where polls come from: the live APIs, saved scenarios, or the bundled sequence. */
export interface PollSource {
  /** The next poll; undefined when there are no more (a replay ran out). */
  next(): Promise<Poll | undefined>;
  /** Live sources wait between polls and back off after faults; replays do not wait. */
  readonly live: boolean;
}

export interface WatchSink {
  /** The changes of one poll (called only when there are some). */
  events(events: WatchEvent[], poll: Poll, index: number): void;
  /** Lines about what the watch did (posts to Slack), where the events go. */
  notice(lines: string[]): void;
  /** One line about the poll, for stderr. */
  heartbeat(frame: WatchFrame, poll: Poll, index: number, nextAt: number | undefined): void;
  /** A vendor fault that did not end the watch. */
  fault(lines: string[], retryInMs: number): void;
  /** Why the watch ended. */
  end(message: string): void;
}

export interface WatchOptions {
  source: PollSource;
  sink: WatchSink;
  intervalMs: number;
  /** Stop once the polls reach this instant (epoch ms). */
  until?: number | undefined;
  failFast: boolean;
  /** Waits between polls; rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** The real clock, for when the next live poll is due. */
  clock(): number;
  dueSoonMinutes: number;
  /** Ctrl-C. */
  signal: AbortSignal;
  /** After each evaluated poll (`watch --post`): acts on its events; may ask and write. */
  afterPoll?: (events: WatchEvent[], poll: Poll, briefing: Briefing) => Promise<void>;
}

/** Longest wait after repeated vendor faults. */
export const MAX_BACKOFF_MS = 10 * 60_000;

const OVER = new Set(["resolved", "closed", "declined", "merged"]);

/** The incident is over and nothing is left to do after it. */
const finished = (frame: WatchFrame) =>
  OVER.has(frame.incident.status) && frame.decisions.length === 0;

/**
 * The poll loop: read, evaluate, report what changed, wait, again. Ends with 0 when the
 * incident is over and its last steps are done, at `until`, or when a replay runs out; with 130
 * on Ctrl-C. A vendor fault is reported and retried with a growing wait (interval × 2ⁿ, at most
 * ten minutes) unless `failFast`; any other failure ends the watch as usual.
 */
export async function runWatch(options: WatchOptions): Promise<number> {
  const { source, sink, signal } = options;
  let previous: WatchFrame | undefined;
  let faults = 0;
  for (let index = 0; ; index++) {
    if (signal.aborted) return stopped(sink, index);
    let poll: Poll | undefined;
    try {
      poll = await source.next();
    } catch (error) {
      if (signal.aborted) return stopped(sink, index);
      const failure = classify(error);
      if (!source.live || options.failFast || failure.code !== EXIT.vendor) throw error;
      faults++;
      const wait = Math.min(options.intervalMs * 2 ** faults, MAX_BACKOFF_MS);
      sink.fault(failure.lines, wait);
      if (!(await pause(options, wait))) return stopped(sink, index);
      continue;
    }
    if (!poll) {
      sink.end(`Replayed ${index} poll${index === 1 ? "" : "s"}.`);
      return EXIT.ok;
    }
    faults = 0;
    const { frame, briefing } = poll.frame
      ? { frame: poll.frame, briefing: undefined }
      : await evaluateForWatch(poll.snapshot as Snapshot, options.dueSoonMinutes);
    const events = diff(previous, frame);
    if (events.length > 0) sink.events(events, poll, index);
    previous = frame;
    if (briefing && options.afterPoll) await options.afterPoll(events, poll, briefing);
    const now = Date.parse(frame.at);
    const reachedUntil = options.until !== undefined && now >= options.until;
    const nextAt = source.live && !reachedUntil ? options.clock() + options.intervalMs : undefined;
    sink.heartbeat(frame, poll, index, finished(frame) ? undefined : nextAt);
    if (source.live && finished(frame)) {
      sink.end(
        `${frame.incident.reference} is ${frame.incident.status} and nothing is left to do after it; the watch ends.`,
      );
      return EXIT.ok;
    }
    if (reachedUntil) {
      sink.end(`Reached --until; the watch ends.`);
      return EXIT.ok;
    }
    if (source.live) {
      const left = options.until === undefined ? Infinity : options.until - options.clock();
      if (!(await pause(options, Math.max(0, Math.min(options.intervalMs, left)))))
        return stopped(sink, index + 1);
    }
  }
}

/**
 * One evaluation as a watch compares it: the briefing (the policy's decisions) and its frame.
 * Input the policy rejects is reported as `brief` reports it (the scenario's or the vendor's).
 */
export async function evaluateForWatch(
  snapshot: Snapshot,
  dueSoonMinutes: number,
): Promise<{ briefing: Briefing; frame: WatchFrame }> {
  const briefing = await buildBriefing(snapshot).catch((error: unknown) => {
    throw policyInputFailure(error, snapshot);
  });
  return { briefing, frame: frameOf(briefing.snapshot, briefing.evaluation, dueSoonMinutes) };
}

/** Waits; false when Ctrl-C ended the wait. */
async function pause(options: WatchOptions, ms: number): Promise<boolean> {
  try {
    await options.sleep(ms, options.signal);
  } catch (error) {
    if (!options.signal.aborted) throw error;
  }
  return !options.signal.aborted;
}

function stopped(sink: WatchSink, polls: number): number {
  sink.end(`Stopped (Ctrl-C) after ${polls} poll${polls === 1 ? "" : "s"}.`);
  return EXIT.interrupted;
}
