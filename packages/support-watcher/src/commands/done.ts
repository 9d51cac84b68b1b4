import { ACK_OPTIONS, ackArguments } from "../acks/arguments.js";
import { ackIncident, acknowledger, requireAckStore } from "../acks/incident.js";
import type { Ack } from "../acks/types.js";
import { EXIT, UsageError } from "../errors.js";
import { safe } from "../output/safe.js";
import { dateTime } from "../output/time.js";
import { defineCommand, nowFrom, stringOption, timeZoneFrom, writeJson } from "./command.js";

export const doneCommand = defineCommand({
  name: "done",
  summary: "Acknowledge a step the vendor APIs cannot see (macro shared, team updated, CS asked).",
  help: `Usage: support-watcher done <rule-id> [INC-123] [--ticket N] [--note "…"] [options]

Records that a step was done which no vendor API shows: the macro was shared with or approved by
the Comms Lead, the team was told about the macro or updated, CS was asked about a ticket (or
answered), docs were reviewed. The next brief and watch read it, write it into the matching
policy input (announce-macro → macro.announcedToTeamAt, update-team → lastTeamUpdateAt,
check-with-cs --ticket N → the ticket's csConsultation, …) and show who acknowledged it, when.
Acknowledgements are kept per incident in $XDG_STATE_HOME/support-watcher (default
~/.local/state/support-watcher); "support-watcher undo" takes one back.

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
  --json             Print the stored acknowledgement as JSON
  --config <file>    Config file (to find the only live incident)
  --timeout <s>      Longest wait for one vendor call, in seconds

Exits: 0 recorded; 2 bad input (an unknown rule, one that cannot be acknowledged, a missing
--ticket); 3 a vendor failed while finding the live incident; 70 a bug.`,
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
    const store = requireAckStore(context, "done");
    const incident = await ackIncident(reference, values, context, "done");
    const ack: Ack = {
      ruleId: entry.ruleId,
      ...(ticketId !== undefined && { ticketId }),
      at,
      by,
      ...(note !== undefined && { note }),
      ...(answer !== undefined && { answer: answer as "handle" | "decline" }),
    };
    await store.add(incident, ack);
    if (values.json === true)
      writeJson(context, { incident, acknowledgement: ack, field: entry.field });
    else {
      const about = ticketId === undefined ? incident : `ticket ${safe(ticketId)} of ${incident}`;
      context.io.stdout.write(
        `${[
          `Acknowledged ${entry.ruleId} for ${about} by ${safe(by)} at ${dateTime(at, timeZone)}: ${entry.means}.`,
          `  Sets ${entry.field}; kept in ${safe(store.description, { max: 400 })}.`,
          `  Take it back with: support-watcher undo ${entry.ruleId} ${incident}${ticketId === undefined ? "" : ` --ticket ${safe(ticketId)}`}`,
        ].join("\n")}\n`,
      );
    }
    return EXIT.ok;
  },
});
