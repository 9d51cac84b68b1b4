import type { CommandContext } from "../commands/command.js";
import { safe } from "../output/safe.js";
import { clockTime } from "../output/time.js";
import type { WatchEvent } from "./diff.js";
import type { WatchFrame } from "./frame.js";
import { renderEvent } from "./render.js";
import type { Poll, WatchSink } from "./session.js";

/** A heartbeat on a terminal is cut to this many characters, so it never wraps. */
const TERMINAL_WIDTH = 79;

export interface SinkOptions {
  json: boolean;
  quiet: boolean;
  timeZone: string;
  /** How many polls a replay has, for the heartbeat. */
  total?: number;
}

/**
 * Where a watch's output goes: the events on stdout (lines for people, or NDJSON), a heartbeat
 * line on stderr (rewritten in place on a terminal), faults and the end on stderr.
 */
export function watchSink(context: CommandContext, options: SinkOptions): WatchSink {
  const { io, out, err } = context;
  /** Characters of the heartbeat line on the terminal now (0: none). */
  let heartbeatWidth = 0;
  const clearHeartbeat = () => {
    if (heartbeatWidth === 0) return;
    // Two writes: the output guard lets a carriage return through only at the start of one.
    io.stderr.write(`\r${" ".repeat(heartbeatWidth)}`);
    io.stderr.write("\r");
    heartbeatWidth = 0;
  };
  return {
    events(events: WatchEvent[], poll: Poll) {
      clearHeartbeat();
      if (!options.quiet && events.some((e) => e.kind === "appeared" && e.decision?.blocking))
        context.bell();
      if (options.json) {
        for (const event of events) context.jsonLine(event);
        return;
      }
      const style = {
        style: out,
        timeZone: options.timeZone,
        acknowledgements: poll.acknowledgements,
      };
      const at = Date.parse(poll.at);
      const lines = [
        ...(poll.label && poll.kind !== "live"
          ? [out.bold(`${clockTime(at, at, options.timeZone)} ${safe(poll.label)}`)]
          : []),
        ...events.map((event) => `  ${renderEvent(event, style)}`),
      ];
      io.stdout.write(`${lines.join("\n")}\n`);
    },
    notice(lines: string[]) {
      clearHeartbeat();
      (options.json ? io.stderr : io.stdout).write(`${lines.join("\n")}\n`);
    },
    heartbeat(frame: WatchFrame, poll: Poll, index: number, nextAt: number | undefined) {
      const at = Date.parse(frame.at);
      const blocking = frame.decisions.filter((d) => d.blocking).length;
      const parts = [
        `${clockTime(at, at, options.timeZone)} poll ${index + 1}${options.total ? `/${options.total}` : ""}`,
        frame.queue
          ? `queue: ${frame.decisions.length} suggestion${frame.decisions.length === 1 ? "" : "s"}`
          : `${safe(frame.incident.reference)} ${safe(frame.incident.status)}`,
        ...(frame.queue
          ? []
          : [`${frame.decisions.length} open${blocking > 0 ? `, ${blocking} blocking` : ""}`]),
        ...(poll.requests === undefined
          ? []
          : [
              `${poll.requests} request${poll.requests === 1 ? "" : "s"}${io.stderr.isTTY ? "" : ` (${safe(poll.label)})`}`,
            ]),
        ...(nextAt === undefined ? [] : [`next ${clockTime(nextAt, at, options.timeZone)}`]),
      ];
      const text = `… ${parts.join(" · ")}`;
      if (io.stderr.isTTY) {
        // Rewritten in place, so it must fit one row of a narrow terminal.
        const shown =
          [...text].length > TERMINAL_WIDTH
            ? `${[...text].slice(0, TERMINAL_WIDTH - 1).join("")}…`
            : text;
        clearHeartbeat();
        io.stderr.write(`\r${err.dim(shown)}`);
        heartbeatWidth = [...shown].length;
      } else io.stderr.write(`${err.dim(text)}\n`);
    },
    fault(lines: string[], retryInMs: number) {
      clearHeartbeat();
      const [first, ...rest] = lines;
      const minutes = Math.round(retryInMs / 60_000);
      const wait = retryInMs < 60_000 ? `${Math.round(retryInMs / 1000)} s` : `${minutes} min`;
      io.stderr.write(
        `${err.yellow(`! ${first ?? "a vendor failed"}`)}\n${rest.map((l) => `  ${l}\n`).join("")}  The watch goes on; next try in ${wait}.\n`,
      );
    },
    end(message: string) {
      clearHeartbeat();
      io.stderr.write(`${message}\n`);
    },
  };
}
