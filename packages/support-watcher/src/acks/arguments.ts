import { policyRules } from "@support/policy";
import { CliError, UsageError } from "../errors.js";
import { safe } from "../output/safe.js";
import { nearest } from "../text/nearest.js";
import { ACKNOWLEDGEABLE, type Acknowledgeable, NOT_ACKNOWLEDGEABLE } from "./mapping.js";

const ACK_IDS = ACKNOWLEDGEABLE.map((entry) => entry.ruleId);
const list = (): string =>
  ACKNOWLEDGEABLE.map((e) => (e.level === "ticket" ? `${e.ruleId} (--ticket N)` : e.ruleId)).join(
    ", ",
  );

/** The rule a `done`/`undo` names, if it can be acknowledged; otherwise a message listing those that can. */
export function acknowledgeableRule(ruleId: string | undefined, command: string): Acknowledgeable {
  if (ruleId === undefined || ruleId.trim() === "") {
    throw new UsageError(
      `${command}: name the rule whose step was done; these can be acknowledged: ${list()}.`,
      command,
    );
  }
  const entry = ACKNOWLEDGEABLE.find((e) => e.ruleId === ruleId);
  if (entry) return entry;
  const known = policyRules.find((rule) => rule.id === ruleId);
  if (!known) {
    const suggestion = nearest(ruleId, [...ACK_IDS, ...policyRules.map((r) => r.id)]);
    throw new UsageError(
      `${command}: there is no rule "${safe(ruleId, { max: 60 })}"${suggestion ? `; did you mean ${suggestion}?` : "."} These can be acknowledged: ${list()}.`,
      command,
    );
  }
  const why = NOT_ACKNOWLEDGEABLE[ruleId] ?? "no acknowledgement is defined for it";
  throw new CliError(`${command}: ${ruleId} cannot be acknowledged: ${why}. These can: ${list()}.`);
}

const TICKET = /^[^\s]{1,40}$/;

/** `--ticket`: required for ticket-level rules, refused for incident-level ones. */
export function ticketFor(
  entry: Acknowledgeable,
  value: unknown,
  command: string,
): string | undefined {
  const ticket = typeof value === "string" ? value.trim().replace(/^#/, "") : undefined;
  if (entry.level === "incident") {
    if (ticket !== undefined)
      throw new UsageError(
        `${command}: ${entry.ruleId} is about the whole incident; leave out --ticket.`,
        command,
      );
    return undefined;
  }
  if (ticket === undefined || !TICKET.test(ticket)) {
    throw new UsageError(
      `${command}: ${entry.ruleId} is about one ticket; name it with --ticket N${ticket === undefined ? "" : ` (got "${safe(value, { max: 60 })}")`}.`,
      command,
    );
  }
  return ticket;
}

/** A user-given incident reference as the store's key: `123` and `inc-123` become `INC-123`. */
export function referenceKey(reference: string, command: string): string {
  const match = /^(?:INC-)?(\d+)$/i.exec(reference.trim());
  if (!match)
    throw new UsageError(
      `${command}: "${safe(reference, { max: 60 })}" is not an incident reference; use INC-123 or 123.`,
      command,
    );
  return `INC-${Number(match[1])}`;
}

/** Options `done` and `undo` share. */
export const ACK_OPTIONS = {
  ticket: { type: "string" },
  local: { type: "boolean" },
  tz: { type: "string" },
  json: { type: "boolean" },
  config: { type: "string" },
  timeout: { type: "string" },
} as const;

/** `<rule-id> [INC-123]` and `--ticket`: the rule (one that can be acknowledged), its ticket and the reference given. */
export function ackArguments(
  positionals: readonly string[],
  values: Record<string, string | boolean | undefined>,
  command: string,
) {
  const [ruleId, reference, ...extra] = positionals;
  if (extra.length > 0)
    throw new UsageError(
      `${command}: too many arguments: ${safe(extra.join(" "), { max: 80 })}.`,
      command,
    );
  const entry = acknowledgeableRule(ruleId, command);
  return { entry, ticketId: ticketFor(entry, values.ticket, command), reference };
}
