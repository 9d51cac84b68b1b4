import type { Decision } from "@support/policy";
import type { MergedAck } from "../acks/merge.js";
import { acknowledgedBy } from "../acks/render.js";
import { readableInstants } from "../output/instants.js";
import { safe } from "../output/safe.js";
import type { Style } from "../output/style.js";
import { clockTime, relative } from "../output/time.js";
import { suggestionLine } from "../queue/render.js";
import { decisionKey, type WatchEvent } from "./diff.js";

export interface EventStyle {
  style: Style;
  timeZone: string;
  /** The acknowledgements of the poll, to say who did a step that cleared. */
  acknowledgements: readonly MergedAck[];
}

const summary = (decision: Decision, now: number, o: EventStyle) =>
  safe(readableInstants(decision.summary, now, o.timeZone), { max: 400 });

const rule = (decision: Decision, s: Style) => s.dim(`· ${safe(decision.ruleId)}`);

const DEADLINES: Record<NonNullable<WatchEvent["deadline"]>, string> = {
  handover: "handover",
  cs_timeout: "CS's time to answer runs out",
  nudge: "the incident lead is nudged to assign a Support Watcher",
};

/** One event as one line for people; every vendor text in it is escaped. */
export function renderEvent(event: WatchEvent, o: EventStyle): string {
  const { style: s } = o;
  const now = Date.parse(event.at);
  const time = s.dim(clockTime(now, now, o.timeZone));
  const d = event.decision;
  switch (event.kind) {
    case "status":
      return `${time} ${s.bold(`${event.field === "status" ? "Status" : "Severity"} ${safe(event.from)} → ${safe(event.to)}`)}`;
    case "appeared":
      if (!d) return `${time} ?`;
      if (d.action === "raise_incident")
        return `${time} ${suggestionLine(d, now, o.timeZone, s)} ${rule(d, s)}`;
      return d.blocking
        ? `${time} ${s.red(s.bold("✖ BLOCKING"))} ${s.bold(summary(d, now, o))} ${rule(d, s)}`
        : `${time} ${s.cyan("•")} ${summary(d, now, o)} ${rule(d, s)}`;
    case "cleared": {
      if (!d) return `${time} ?`;
      if (d.action === "raise_incident")
        return `${time} ${s.green("✓ no longer suggested:")} ${safe(String(d.details.signal ?? ""))} (declared, or the tickets were answered) ${rule(d, s)}`;
      const by = o.acknowledgements.find((a) => a.applied && decisionKey(a) === decisionKey(d));
      const who = by ? ` (${acknowledgedBy(by, now, o.timeZone)})` : "";
      return `${time} ${s.green("✓ done:")} ${summary(d, now, o)} ${rule(d, s)}${who}`;
    }
    case "due_soon": {
      const due = event.due ?? event.at;
      const what = event.deadline ? DEADLINES[event.deadline] : "deadline";
      const about = d
        ? `: ${summary(d, now, o)}`
        : event.ticketId
          ? ` (ticket ${safe(event.ticketId)})`
          : "";
      return `${time} ${s.yellow(`⏰ due ${clockTime(due, now, o.timeZone)} (${relative(due, now)})`)} ${what}${about}`;
    }
    case "ticket":
      return `${time} ${s.cyan("+")} new related ticket #${safe(event.ticketId, { max: 40 })} ${s.dim(`(${safe((event.reasons ?? []).join(", "))})`)}: ${safe(event.subject)}`;
  }
}
