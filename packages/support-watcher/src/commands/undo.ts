import { ACK_OPTIONS, ackArguments } from "../acks/arguments.js";
import { ackIncident, acknowledger, requireAckStore } from "../acks/incident.js";
import { CliError, EXIT } from "../errors.js";
import { safe } from "../output/safe.js";
import { dateTime } from "../output/time.js";
import { defineCommand, timeZoneFrom, writeJson } from "./command.js";
import { summaryOf } from "./registry.js";

export const undoCommand = defineCommand({
  name: "undo",
  summary: summaryOf("undo"),
  help: `Usage: support-watcher undo <rule-id> [INC-123] [--ticket N] [options]

Removes the acknowledgement of a rule (and ticket) for an incident, so the next brief and watch
show its decision again. With SLACK_BOT_TOKEN set it posts a reply in the workflow thread that
takes the acknowledgement back (the thread keeps the history); otherwise, or with --local, it
removes it from this machine's state file. Without an incident reference, the only live
incident is used.

Options:
  --ticket <id>      The ticket, for a ticket-level rule
  --by <name>        Who takes it back (default: SUPPORT_WATCHER_USER, else the login name)
  --local            Take it back from this machine's state file even with Slack configured
  --tz <zone>        Show times in this IANA time zone (default UTC)
  --json             Print the removed acknowledgement as JSON
  --config <file>    Config file (to find the only live incident)
  --timeout <s>      Longest wait for one vendor call, in seconds

Exits: 0 removed; 2 bad input, or nothing to undo (the message lists what is acknowledged);
3 a vendor failed while finding the live incident, or Slack failed or has no workflow thread
for the incident; 70 a bug.`,
  options: {
    by: { type: "string" },
    ...ACK_OPTIONS,
  },
  async run({ values, positionals }, context) {
    const { entry, ticketId, reference } = ackArguments(positionals, values, "undo");
    const timeZone = timeZoneFrom(values.tz, "UTC");
    const { store, why } = await requireAckStore(values, context, "undo");
    const incident = await ackIncident(reference, values, context, "undo");
    const by = acknowledger(values.by, context.io.env, "undo");
    const removed = await store.remove(
      incident,
      { ruleId: entry.ruleId, ticketId },
      { by, at: context.io.now().toISOString() },
    );
    if (!removed) {
      const left = await store.list(incident);
      const names = left.map((a) =>
        a.ticketId ? `${a.ruleId} --ticket ${safe(a.ticketId)}` : a.ruleId,
      );
      throw new CliError(
        `undo: there is no acknowledgement of ${entry.ruleId}${ticketId === undefined ? "" : ` for ticket ${safe(ticketId)}`} for ${incident} in ${safe(store.description, { max: 400 })}; ${names.length > 0 ? `acknowledged: ${names.join(", ")}` : "nothing is acknowledged for it"}.`,
        EXIT.badInput,
      );
    }
    if (values.json === true) writeJson(context, { incident, removed, store: store.description });
    else
      context.io.stdout.write(
        `Took back ${entry.ruleId}${ticketId === undefined ? "" : ` for ticket ${safe(ticketId)}`} of ${incident} (acknowledged by ${safe(removed.by)} at ${dateTime(removed.at, timeZone)}) in ${safe(store.description, { max: 400 })}${why ? ` (${why})` : ""}.\n`,
      );
    return EXIT.ok;
  },
});
