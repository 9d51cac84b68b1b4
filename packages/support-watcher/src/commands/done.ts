import { ACK_OPTIONS, ackArguments } from "../acks/arguments.js";
import { ackIncident, acknowledger, requireAckStore } from "../acks/incident.js";
import type { Ack } from "../acks/types.js";
import { EXIT, UsageError } from "../errors.js";
import { safe } from "../output/safe.js";
import { dateTime } from "../output/time.js";
import { defineCommand, nowFrom, stringOption, timeZoneFrom, writeJson } from "./command.js";
import { summaryOf } from "./registry.js";

export const doneCommand = defineCommand({
  name: "done",
  summary: summaryOf("done"),
  help: `Usage: support-watcher done <rule-id> [INC-123] [--ticket N] [--note "…"] [options]

Records that a step was done which no vendor API shows: the macro was shared with or approved by
the Comms Lead, the team was told about the macro or updated, CS was asked about a ticket (or
answered), docs were reviewed. The next brief and watch read it, write it into the matching
policy input (announce-macro → macro.announcedToTeamAt, update-team → lastTeamUpdateAt,
check-with-cs --ticket N → the ticket's csConsultation, …) and show who acknowledged it, when.
With SLACK_BOT_TOKEN set they are kept in Slack, as a reply in the incident's workflow thread
in the team channel (where the next watcher's brief and watch read them); an incident without
a workflow post is refused (exit 3) unless --local. Without Slack (or with --local) they are kept
per incident in $XDG_STATE_HOME/support-watcher (default ~/.local/state/support-watcher), which
only this machine sees. "support-watcher undo" takes one back.

Without an incident reference, the only live incident is used (this needs the credentials).

Rules that can be acknowledged: share-macro-with-comms, comms-review-before-use, update-macro,
announce-macro, update-team, proactive-outreach-gate, review-docs, postmortem-feedback, and per
ticket (--ticket N) check-with-cs, leave-to-cs, notify-resolved.

Options:
  --ticket <id>      The ticket, for a ticket-level rule
  --note <text>      What was said or done, shown with the acknowledgement
  --answer <a>       check-with-cs only: CS answered: handle (they will talk to the customer) or
                     decline (support replies)
  --by <name>        Who did it (default: SUPPORT_WATCHER_USER, else the login name)
  --now <time>       When it was done (ISO-8601; default: now)
  --tz <zone>        Show times in this IANA time zone (default UTC)
  --local            Keep it in this machine's state file even with Slack configured
  --json             Print the stored acknowledgement as JSON
  --config <file>    Config file (the team channel; to find the only live incident)
  --timeout <s>      Longest wait for one vendor call, in seconds

Exits: 0 recorded; 2 bad input (an unknown rule, one that cannot be acknowledged, a missing
--ticket); 3 a vendor failed while finding the live incident, or Slack failed or has no
workflow thread for the incident (nothing was written); 70 a bug.`,
  options: {
    note: { type: "string" },
    answer: { type: "string" },
    by: { type: "string" },
    now: { type: "string" },
    ...ACK_OPTIONS,
  },
  async run({ values, positionals }, context) {
    const { entry, ticketId, reference } = ackArguments(positionals, values, "done");
    const answer = stringOption(values, "answer", "handle or decline");
    if (
      answer !== undefined &&
      (entry.ruleId !== "check-with-cs" || !["handle", "decline"].includes(answer))
    ) {
      throw new UsageError(
        entry.ruleId === "check-with-cs"
          ? `done: --answer is handle or decline; got "${safe(answer, { max: 40 })}".`
          : "done: --answer goes with check-with-cs only.",
        "done",
      );
    }
    const note = stringOption(values, "note", "a note");
    const at = nowFrom(values.now, context.io);
    const timeZone = timeZoneFrom(values.tz, "UTC");
    const by = acknowledger(values.by, context.io.env, "done");
    const { store, why } = await requireAckStore(values, context, "done");
    const incident = await ackIncident(reference, values, context, "done");
    const ack: Ack = {
      ruleId: entry.ruleId,
      ...(ticketId !== undefined && { ticketId }),
      at,
      by,
      ...(note !== undefined && { note }),
      ...(answer !== undefined && { answer: answer as "handle" | "decline" }),
    };
    const written = (await store.add(incident, ack)) ?? {};
    const kept = `${safe(store.description, { max: 400 })}${written.where ? ` (${safe(written.where)})` : ""}${why ? ` (${why})` : ""}`;
    if (values.json === true)
      writeJson(context, {
        incident,
        acknowledgement: ack,
        field: entry.field,
        store: store.description,
        written: written.unchanged !== true,
      });
    else {
      const about = ticketId === undefined ? incident : `ticket ${safe(ticketId)} of ${incident}`;
      context.io.stdout.write(
        `${[
          `Acknowledged ${entry.ruleId} for ${about} by ${safe(by)} at ${dateTime(at, timeZone)}: ${entry.means}.`,
          written.unchanged
            ? `  Sets ${entry.field}; already kept in ${kept} (support-watcher's marker found there), so nothing was written again.`
            : `  Sets ${entry.field}; kept in ${kept}.`,
          `  Take it back with: support-watcher undo ${entry.ruleId} ${incident}${ticketId === undefined ? "" : ` --ticket ${safe(ticketId)}`}`,
        ].join("\n")}\n`,
      );
    }
    return EXIT.ok;
  },
});
