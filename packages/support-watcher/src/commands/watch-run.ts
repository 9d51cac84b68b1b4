import { slackAckContext } from "../acks/slack-store.js";
import { MIN_WATCH_INTERVAL_SECONDS } from "../config/schema.js";
import { CliError, EXIT, UsageError } from "../errors.js";
import { safe } from "../output/safe.js";
import { readQueue } from "../queue/read.js";
import { queueStateOf, readQueueScenario } from "../queue/suggest.js";
import { exampleSequence } from "../scenario/example-sequence.js";
import { readScenario } from "../scenario/load.js";
import { hasCredentials, missingCredentials, slackToken } from "../vendors/credentials.js";
import { DEFAULT_DUE_SOON_MINUTES } from "../watch/frame.js";
import { LivePoller } from "../watch/live-poller.js";
import { runWatch, type WatchOptions } from "../watch/session.js";
import { watchSink } from "../watch/sink.js";
import { liveSource, queueSource, replaySource } from "../watch/sources.js";
import { type CommandContext, nowFrom, timeZoneFrom } from "./command.js";
import { loadRunConfig, onlyLiveIncident, runVendors } from "./sources.js";

const INTERVAL = /^\s*\d+(\.\d+)?\s*$/;

/** `--interval`: seconds, at least the documented minimum. */
function intervalSeconds(value: unknown, fallback: number): number {
  if (typeof value !== "string") return fallback;
  const seconds = INTERVAL.test(value) ? Number(value) : Number.NaN;
  if (!(seconds >= MIN_WATCH_INTERVAL_SECONDS && seconds <= 3600)) {
    throw new UsageError(
      `--interval must be a number of seconds from ${MIN_WATCH_INTERVAL_SECONDS} to 3600 (the vendors' limits allow no faster polling); got "${safe(value, { max: 40 })}".`,
      "watch",
    );
  }
  return seconds;
}

/** `watch`'s work, loaded only when it runs. */
export async function runWatchCommand(
  {
    values,
    positionals,
  }: { values: Record<string, string | boolean | undefined>; positionals: string[] },
  context: CommandContext,
): Promise<number> {
  const { io } = context;
  const replay = values.replay === true;
  const example = values.example === true;
  if (replay && example)
    throw new UsageError("watch: give either --replay files or --example, not both.", "watch");
  if (replay && positionals.length === 0)
    throw new UsageError("watch: --replay needs one or more scenario files.", "watch");
  if (example && positionals.length > 0)
    throw new UsageError("watch: --example takes no arguments.", "watch");
  if (!replay && positionals.length > 1)
    throw new UsageError("watch: name at most one incident (or use --replay for files).", "watch");
  intervalSeconds(values.interval, MIN_WATCH_INTERVAL_SECONDS);
  if (values.post === true) checkPosting(values, context, replay || example);
  else if (values.yes === true) throw new UsageError("watch: --yes goes with --post.", "watch");
  const until =
    typeof values.until === "string" ? Date.parse(nowFrom(values.until, io)) : undefined;
  const interrupt = io.onInterrupt?.() ?? new AbortController().signal;
  interrupt.addEventListener("abort", () => context.calls.stop(), { once: true });
  const sleep = io.sleep ?? context.calls.sleep;
  const common = {
    until,
    failFast: values["fail-fast"] === true,
    sleep: (ms: number, signal: AbortSignal) => sleep(ms, signal),
    clock: () => io.now().getTime(),
    signal: interrupt,
  };
  const sinkOptions = { json: values.json === true, quiet: values.quiet === true };
  if (values.queue === true) {
    if (example)
      throw new UsageError(
        "watch --queue has no bundled example; use --replay with queue scenarios.",
        "watch",
      );
    if (!replay && positionals.length > 0)
      throw new UsageError(
        "watch --queue watches the whole queue; leave out the incident.",
        "watch",
      );
    return watchQueue(values, positionals, context, common, sinkOptions);
  }

  if (replay || example) {
    const timeZone = timeZoneFrom(values.tz, "UTC");
    const scenarios = example
      ? exampleSequence().map((scenario) => ({ scenario }))
      : await Promise.all(
          positionals.map(async (file) => ({ scenario: await readScenario(file, io.cwd), file })),
        );
    const intro = example
      ? `Bundled example: ${scenarios[0]?.scenario.incident.reference ?? "an incident"} from its declaration to its last step, ${scenarios.length} polls (not live data).`
      : `Replaying ${scenarios.length} scenario${scenarios.length === 1 ? "" : "s"} as successive polls: ${positionals.map((f) => safe(f)).join(", ")}.`;
    (sinkOptions.json ? io.stderr : io.stdout).write(`${intro}\n`);
    return runWatch({
      ...common,
      source: replaySource(scenarios, io, example ? "example" : "scenario"),
      sink: watchSink(context, { ...sinkOptions, timeZone, total: scenarios.length }),
      intervalMs: 0,
      dueSoonMinutes: DEFAULT_DUE_SOON_MINUTES,
    });
  }

  if (!hasCredentials(io.env)) {
    throw new CliError(
      `watch: no vendor credentials are set (${missingCredentials(io.env).join(", ")}); set them to watch a live incident, or try watch --example.`,
      EXIT.badInput,
    );
  }
  const loaded = await loadRunConfig(values, context);
  const seconds = intervalSeconds(values.interval, loaded.config.watch.intervalSeconds);
  const timeZone = timeZoneFrom(values.tz, loaded.config.displayTimezone);
  const vendors = await runVendors(values, context, loaded);
  const reference = positionals[0] ?? (await onlyLiveIncident(vendors, "watch"));
  const poller = new LivePoller({
    reference,
    config: loaded.config,
    vendors,
    clock: common.clock,
    fullReadEvery: loaded.config.watch.fullReadEvery,
  });
  (sinkOptions.json ? io.stderr : io.stdout).write(
    `Watching ${safe(reference, { max: 40 })} (live data from incident.io, Zendesk and Statuspage) every ${seconds} s; Ctrl-C stops.\n`,
  );
  const slack = vendors.slack;
  const sink = watchSink(context, { ...sinkOptions, timeZone });
  return runWatch({
    ...common,
    source: liveSource(
      poller,
      io,
      context.calls,
      slack && ((reading) => slackAckContext(loaded.config, slack, reading)),
    ),
    sink,
    intervalMs: seconds * 1000,
    dueSoonMinutes: loaded.config.watch.dueSoonMinutes,
    ...(values.post === true &&
      slack && {
        afterPoll: (await import("../watch/slack-poster.js")).watchSlackPoster({
          sink,
          style: sinkOptions.json ? context.err : context.out,
          timeZone,
          client: slack,
          confirm: values.yes === true ? undefined : io.confirm,
          failFast: common.failFast,
        }),
      }),
  });
}

/**
 * `watch --post` is refused at the start rather than later: on saved data or the queue, without
 * a Slack token, or with nobody to answer its questions and no --yes.
 */
function checkPosting(
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
  saved: boolean,
): void {
  if (saved || values.queue === true)
    throw new UsageError(
      `watch --post posts to Slack about a live incident; it does not go with ${saved ? "--replay or --example (saved data)" : "--queue"}.`,
      "watch",
    );
  if (slackToken(context.io.env) === undefined)
    throw new CliError(
      "watch --post needs SLACK_BOT_TOKEN (a Slack bot token; see the README's Slack set-up).",
      EXIT.badInput,
    );
  if (values.yes !== true && !context.io.confirm)
    throw new UsageError(
      "watch --post shows each message and asks before posting it; there is no terminal to ask on, so pass --yes to post without asking.",
      "watch",
    );
}

type Common = Pick<WatchOptions, "until" | "failFast" | "sleep" | "clock" | "signal">;

/** `watch --queue`: the queue checked every interval (or queue scenarios replayed). */
async function watchQueue(
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
  context: CommandContext,
  common: Common,
  sinkOptions: { json: boolean; quiet: boolean },
): Promise<number> {
  const { io } = context;
  const say = (text: string) => (sinkOptions.json ? io.stderr : io.stdout).write(`${text}\n`);
  if (values.replay === true) {
    const scenarios = await Promise.all(
      positionals.map(async (file) => ({ file, scenario: await readQueueScenario(file, io.cwd) })),
    );
    for (const { file, scenario } of scenarios)
      if (scenario.now === undefined)
        throw new CliError(`${file} has no "now": a replayed scenario needs its own clock.`);
    let index = 0;
    say(
      `Replaying ${scenarios.length} queue scenario${scenarios.length === 1 ? "" : "s"}: ${positionals.map((f) => safe(f)).join(", ")}.`,
    );
    return runWatch({
      ...common,
      source: queueSource(async () => {
        const step = scenarios[index++];
        if (!step) return undefined;
        const { file, scenario } = step;
        return {
          state: queueStateOf(scenario, scenario.now as string),
          kind: "scenario",
          label: scenario.description ? `${file}: ${scenario.description}` : file,
        };
      }, false),
      sink: watchSink(context, {
        ...sinkOptions,
        timeZone: timeZoneFrom(values.tz, "UTC"),
        total: scenarios.length,
      }),
      intervalMs: 0,
      dueSoonMinutes: DEFAULT_DUE_SOON_MINUTES,
    });
  }
  if (!hasCredentials(io.env)) {
    throw new CliError(
      `watch --queue: no vendor credentials are set (${missingCredentials(io.env).join(", ")}); set them, or use --replay with queue scenarios.`,
      EXIT.badInput,
    );
  }
  const loaded = await loadRunConfig(values, context);
  const seconds = intervalSeconds(values.interval, loaded.config.watch.intervalSeconds);
  const vendors = await runVendors(values, context, loaded);
  say(
    `Watching the open queue (Zendesk, with the live incidents from incident.io) every ${seconds} s; Ctrl-C stops.`,
  );
  return runWatch({
    ...common,
    source: queueSource(
      async () => ({
        state: await readQueue(loaded.config, vendors, io.now().toISOString()),
        kind: "live",
        label: "queue",
      }),
      true,
      context.calls,
    ),
    sink: watchSink(context, {
      ...sinkOptions,
      timeZone: timeZoneFrom(values.tz, loaded.config.displayTimezone),
    }),
    intervalMs: seconds * 1000,
    dueSoonMinutes: DEFAULT_DUE_SOON_MINUTES,
  });
}
