import { readableInstants } from "../output/instants.js";
import { safe } from "../output/safe.js";
import type { Style } from "../output/style.js";
import { clockTime } from "../output/time.js";
import { acknowledgeable } from "./mapping.js";
import type { MergedAck } from "./merge.js";
import type { Ack } from "./types.js";

/** `acknowledged by Priya Raman at 16:10 UTC ("posted in the thread")`. */
export function acknowledgedBy(ack: Ack, now: number, timeZone: string): string {
  const note = ack.note ? ` (${JSON.stringify(safe(ack.note, { max: 200 }))})` : "";
  return `acknowledged by ${safe(ack.by, { max: 80 })} at ${clockTime(ack.at, now, timeZone)}${note}`;
}

const what = (ack: Ack) =>
  `${safe(ack.ruleId, { max: 60 })}${ack.ticketId ? ` #${safe(ack.ticketId, { max: 40 })}` : ""}`;

/**
 * The briefing's "Acknowledged" section: each step a person said is done, applied or why not,
 * under a heading naming the stores they came from (`from`).
 */
export function renderAcknowledgements(
  acks: readonly MergedAck[],
  now: number,
  timeZone: string,
  s: Style,
  from: readonly string[] = [],
): string[] {
  const shown = acks.filter((a) => a.applied || a.reason !== "made after the time evaluated");
  const later = acks.length - shown.length;
  if (shown.length === 0 && later === 0) return [];
  const where = from.length > 0 ? s.dim(` from ${safe(from.join(" and "), { max: 400 })}`) : "";
  const lines = [`${s.bold(`Acknowledged (${shown.length})`)}${where}`];
  for (const ack of shown) {
    const means = acknowledgeable(ack.ruleId)?.means ?? "";
    const answer = ack.answer
      ? ` (CS answered: ${ack.answer === "handle" ? "they will handle it" : "support replies"})`
      : "";
    lines.push(
      ack.applied
        ? `  ${s.green("✓")} ${what(ack)}: ${means}${answer}, ${acknowledgedBy(ack, now, timeZone)}`
        : `  ${s.yellow("!")} ${what(ack)} not applied: ${safe(readableInstants(ack.reason ?? "", now, timeZone))}; ${acknowledgedBy(ack, now, timeZone)}`,
    );
  }
  if (later > 0)
    lines.push(
      s.dim(
        `  ${later} acknowledgement${later === 1 ? "" : "s"} made after this time not counted.`,
      ),
    );
  return lines;
}
