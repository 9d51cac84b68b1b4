import { ACK_OPTIONS, ackArguments } from "../acks/arguments.js";
import { ackIncident, requireAckStore } from "../acks/incident.js";
import { CliError, EXIT } from "../errors.js";
import { safe } from "../output/safe.js";
import { dateTime } from "../output/time.js";
import { defineCommand, timeZoneFrom, writeJson } from "./command.js";

export const undoCommand = defineCommand({
  name: "undo",
  summary: "Take back an acknowledgement made with done.",
  help: `Usage: support-watcher undo <rule-id> [INC-123] [--ticket N] [options]

Removes the acknowledgement of a rule (and ticket) for an incident, so the next brief and watch
show its decision again. Without an incident reference, the only live incident is used.

Options:
  --ticket <id>      The ticket, for a ticket-level rule
  --tz <zone>        Show times in this IANA time zone (default UTC)
  --json             Print the removed acknowledgement as JSON
  --config <file>    Config file (to find the only live incident)
  --timeout <s>      Longest wait for one vendor call, in seconds

Exits: 0 removed; 2 bad input, or nothing to undo (the message lists what is acknowledged);
3 a vendor failed while finding the live incident; 70 a bug.`,
  options: {
    ...ACK_OPTIONS,
  },
  async run({ values, positionals }, context) {
    const { entry, ticketId, reference } = ackArguments(positionals, values, "undo");
    const timeZone = timeZoneFrom(values.tz, "UTC");
    const store = requireAckStore(context, "undo");
    const incident = await ackIncident(reference, values, context, "undo");
    const removed = await store.remove(incident, { ruleId: entry.ruleId, ticketId });
    if (!removed) {
      const left = await store.list(incident);
      const names = left.map((a) =>
        a.ticketId ? `${a.ruleId} --ticket ${safe(a.ticketId)}` : a.ruleId,
      );
      throw new CliError(
        `undo: there is no acknowledgement of ${entry.ruleId}${ticketId === undefined ? "" : ` for ticket ${safe(ticketId)}`} for ${incident}; ${names.length > 0 ? `acknowledged: ${names.join(", ")}` : "nothing is acknowledged for it"}.`,
        EXIT.badInput,
      );
    }
    if (values.json === true) writeJson(context, { incident, removed });
    else
      context.io.stdout.write(
        `Took back ${entry.ruleId}${ticketId === undefined ? "" : ` for ticket ${safe(ticketId)}`} of ${incident} (acknowledged by ${safe(removed.by)} at ${dateTime(removed.at, timeZone)}).\n`,
      );
    return EXIT.ok;
  },
});
