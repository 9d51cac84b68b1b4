import type { Decision } from "@support/policy";
import { safe } from "../output/safe.js";
import type { Style } from "../output/style.js";
import { clockTime } from "../output/time.js";

/** `raise an incident? 4 tickets about SSO login (#1, #2, …) from 09:12 UTC to 09:40 UTC`. */
export function suggestionLine(
  decision: Decision,
  now: number,
  timeZone: string,
  s: Style,
): string {
  const details = decision.action === "raise_incident" ? decision.details : undefined;
  const tickets = details?.ticketIds ?? [];
  const shown = tickets.slice(0, 8).map((id) => `#${safe(id, { max: 40 })}`);
  const more = tickets.length > 8 ? ` and ${tickets.length - 8} more` : "";
  const { firstAt, lastAt, signal } = details ?? {};
  const when =
    firstAt && lastAt
      ? ` from ${clockTime(firstAt, now, timeZone)} to ${clockTime(lastAt, now, timeZone)}`
      : "";
  return `${s.yellow(s.bold("raise an incident?"))} ${tickets.length} open tickets about ${s.bold(safe(signal ?? "the same thing"))}${when}: ${shown.join(", ")}${more}`;
}

/** The queue check as lines: each suggestion with the handbook's advice, or that there is none. */
export function renderSuggestions(
  suggestions: readonly Decision[],
  options: { now: number; timeZone: string; style: Style; source: string; liveCount: number },
): string[] {
  const { style: s } = options;
  const lines = [safe(options.source, { max: 600 }), ""];
  const live = `${options.liveCount} live incident${options.liveCount === 1 ? "" : "s"} left out`;
  if (suggestions.length === 0) {
    lines.push(`Queue: no group of open tickets suggests a new incident (${live}).`);
    return lines;
  }
  lines.push(
    s.bold(
      `Queue: ${suggestions.length} group${suggestions.length === 1 ? "" : "s"} of tickets no live incident explains (${live})`,
    ),
  );
  for (const decision of suggestions) {
    lines.push(
      `  ${suggestionLine(decision, options.now, options.timeZone, s)}`,
      `      ${safe(decision.summary, { max: 400 })}`,
      `      ${s.dim(`${safe(decision.handbook.section)} · ${safe(decision.ruleId)}`)}`,
    );
  }
  return lines;
}
