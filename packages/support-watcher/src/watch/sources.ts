import { mergeAcks } from "../acks/merge.js";
import type { SlackAckContext } from "../acks/slack-store.js";
import type { CommandContext } from "../commands/command.js";
import { storedAcks } from "../commands/sources.js";
import { CliError } from "../errors.js";
import type { QueueState } from "../queue/read.js";
import { queueFrame, suggestionsFor } from "../queue/suggest.js";
import { snapshotOf } from "../scenario/load.js";
import type { Scenario } from "../scenario/schema.js";
import type { SlackReading } from "../slack/read.js";
import type { Snapshot } from "../snapshot.js";
import type { VendorCalls } from "../vendors/calls.js";
import type { LivePoller } from "./live-poller.js";
import type { Poll, PollSource } from "./session.js";

const withAcks = async (
  snapshot: Snapshot,
  io: CommandContext["io"],
  extra: Pick<Poll, "requests" | "label" | "live">,
  slack?: SlackAckContext,
): Promise<Poll> => {
  const merged = mergeAcks(snapshot, (await storedAcks(snapshot, io, slack)).acks);
  return {
    snapshot: merged.snapshot,
    at: snapshot.now,
    kind: snapshot.source.kind,
    acknowledgements: merged.acknowledgements,
    ...extra,
  };
};

/**
 * Saved scenarios as successive polls, each at its own `now` (so a replay gives the same output
 * every time); every file is read and checked before the first poll.
 */
export function replaySource(
  scenarios: ReadonlyArray<{ scenario: Scenario; file?: string }>,
  io: CommandContext["io"],
  kind: "scenario" | "example",
): PollSource {
  for (const { scenario, file } of scenarios) {
    if (scenario.now === undefined)
      throw new CliError(
        `${file ?? "a scenario"} has no "now": a replayed scenario needs its own clock.`,
      );
  }
  const ordered = [...scenarios];
  let index = 0;
  return {
    live: false,
    async next() {
      const step = ordered[index++];
      if (!step) return undefined;
      const origin = step.file === undefined ? { kind } : { kind, file: step.file };
      const snapshot = snapshotOf(step.scenario, step.scenario.now as string, origin);
      const { description } = step.scenario;
      const label =
        step.file === undefined
          ? description
          : description
            ? `${step.file}: ${description}`
            : step.file;
      return withAcks(snapshot, io, label === undefined ? {} : { label });
    },
  };
}

/**
 * Live polls through the incremental reader; each counts the requests it made. With Slack,
 * `slackAcks` gives the store of each poll's reading (the workflow thread's acknowledgements).
 */
export function liveSource(
  poller: LivePoller,
  io: CommandContext["io"],
  calls: VendorCalls,
  slackAcks?: (reading: SlackReading | undefined) => SlackAckContext,
): PollSource {
  return {
    live: true,
    async next() {
      const before = calls.requests;
      const at = io.now().toISOString();
      const { state, full } = await poller.poll(at, at);
      return withAcks(
        state.snapshot,
        io,
        {
          requests: calls.requests - before,
          label: full ? "full read" : "changes only",
          live: state,
        },
        slackAcks?.(state.slack),
      );
    },
  };
}

/** Queue checks (watch --queue): saved queue scenarios in turn, or the live queue each poll. */
export function queueSource(
  read: () => Promise<{ state: QueueState; kind: Poll["kind"]; label?: string } | undefined>,
  live: boolean,
  calls?: VendorCalls,
): PollSource {
  return {
    live,
    async next() {
      const before = calls?.requests ?? 0;
      const got = await read();
      if (!got) return undefined;
      const suggestions = await suggestionsFor(got.state);
      return {
        frame: queueFrame(got.state, suggestions),
        at: got.state.now,
        kind: got.kind,
        acknowledgements: [],
        ...(calls && { requests: calls.requests - before }),
        ...(got.label !== undefined && { label: got.label }),
      };
    },
  };
}
