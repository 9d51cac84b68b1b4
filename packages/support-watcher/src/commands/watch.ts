import { MIN_WATCH_INTERVAL_SECONDS } from "../config/schema.js";
import { defineCommand } from "./command.js";
import { POST_OPTIONS } from "./post-options.js";
import { summaryOf } from "./registry.js";

export const watchCommand = defineCommand({
  name: "watch",
  summary: summaryOf("watch"),
  unbounded: true,
  help: `Usage: support-watcher watch [INC-123] [options]
       support-watcher watch --replay s1.json s2.json … [options]
       support-watcher watch --example

Every --interval it reads the incident again with the fewest requests (the incident, the
tickets changed since the last poll, the macro, the status page; everything every
watch.fullReadEvery polls), evaluates the policy and prints only what changed:
  ✖ BLOCKING / •  decisions that appeared (blocking first, with a terminal bell)
  ✓ done:         decisions that cleared (with who acknowledged the step, if someone did)
  ⏰ due          a handover within handoverLeadMinutes, a CS timeout or the nudge to the
                  incident lead coming up (watch.dueSoonMinutes)
  +               new related tickets
  Status / Severity changes of the incident
The first poll prints every open decision. A heartbeat line on stderr says it is alive. A
decision is the same decision while its rule and ticket are (its words may change).

After resolution it goes on until no decision is left (notices sent, macro deleted, the last
steps acknowledged with "support-watcher done"), then exits 0; so does --until. Ctrl-C stops it
with exit 130. A vendor fault is reported and retried after a growing wait (up to 10 minutes);
--fail-fast ends the watch instead (exit 3).

--replay reads saved scenarios as successive polls, each at its own "now", without waiting:
the same files give the same output. --example replays the bundled sequence (no credentials,
no network): declared, a watcher joins, the macro, tickets, an impact change, the handover, the
resolution and the last steps.

Options:
  --interval <s>     Seconds between polls, at least ${MIN_WATCH_INTERVAL_SECONDS} (default: config watch.intervalSeconds, 60)
  --until <time>     Stop once the clock reaches this ISO-8601 time (exit 0)
  --replay           Replay the scenario files given as arguments
  --example          Replay the bundled example sequence
  --queue            Watch the open queue instead: "raise an incident?" when a group of
                     tickets no live incident explains appears (with --replay: queue
                     scenarios, each with a "queue")
  --json             Print NDJSON events: { at, kind, decision?, ticketId?, … } one a line
  --post             Post the Slack messages decisions call for when they come due (announce
                     the macro, update the team, note a ticket pattern), each once, even across
                     restarts; needs SLACK_BOT_TOKEN; shows each and asks on a terminal
  -y, --yes          With --post: post without asking (needed off a terminal)
  --quiet            No terminal bell
  --fail-fast        End the watch on the first vendor fault (exit 3)
  --tz <zone>        Show times in this IANA time zone (default: config displayTimezone, or UTC)
  --config <file>    Config file (default: ./support-watcher.config.json or .yaml)
  --timeout <s>      Longest wait for one vendor call, in seconds (default: config
                     timeoutSeconds, 15)

Exits: 0 the incident is over and done, --until was reached or the replay ended; 2 bad
input, config or credentials (--post off a terminal without --yes is refused at the start); 3 a
vendor or a Slack post failed (with --fail-fast) or sent data the policy cannot use; 70 a bug;
130 stopped with Ctrl-C.`,
  options: {
    interval: { type: "string" },
    until: { type: "string" },
    replay: { type: "boolean" },
    example: { type: "boolean" },
    json: { type: "boolean" },
    ...POST_OPTIONS,
    quiet: { type: "boolean" },
    "fail-fast": { type: "boolean" },
    queue: { type: "boolean" },
    tz: { type: "string" },
    config: { type: "string" },
    timeout: { type: "string" },
  },
  run: async (args, context) => (await import("./watch-run.js")).runWatchCommand(args, context),
});
