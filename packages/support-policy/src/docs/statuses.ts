import type { RuleDefinition } from "../rules/define-rule.js";
import { RULES } from "../rules/index.js";
import { IN_HOURS_REPLY_ORDER, OUT_OF_HOURS_REPLIES, replyRank } from "../rules/reply-order.js";
import { INCIDENT_STATUSES } from "../schemas/incident.js";

const code = (items: readonly string[]) => items.map((item) => `\`${item}\``).join(", ");

/** The per-rule line saying which incident statuses it applies to. */
export function appliesToLine(rule: RuleDefinition): string {
  if (rule.level === "cluster") {
    return "- Applies before any incident: it runs on the queue, and tickets a live incident explains do not count.";
  }
  const never = INCIDENT_STATUSES.filter((status) => !rule.statuses.includes(status));
  return `- Applies while the incident is ${code(rule.statuses)}; never when it is ${code(never)}.`;
}

/** The per-rule line for the reply decisions, pointing at the order. */
export function replyOrderLine(rule: RuleDefinition): string[] {
  const rank = replyRank(rule.action);
  if (rank >= 0) {
    return [
      `- One reply per ticket: rank ${rank + 1} of ${IN_HOURS_REPLY_ORDER.length}; a higher-ranked reply decision on the same ticket replaces it (see [One reply per ticket](#one-reply-per-ticket)).`,
    ];
  }
  if ((OUT_OF_HOURS_REPLIES as readonly string[]).includes(rule.action)) {
    return [
      "- One reply per ticket: outside support hours this or its counterpart is the ticket's only reply decision (see [One reply per ticket](#one-reply-per-ticket)).",
    ];
  }
  return [];
}

/** A table of every rule against every incident status. */
export function statusTable(): string[] {
  return [
    "## Rules by incident status",
    "",
    "Every rule states the incident statuses it applies to; in any other status it never fires, so `declined` and `merged` incidents ask for nothing. Each decision's `because` starts with the status check. Rules about the queue before any incident exists ([raise-incident](#raise-incident)) have no incident status and are not listed.",
    "",
    `| Rule | ${INCIDENT_STATUSES.join(" | ")} |`,
    `| --- | ${INCIDENT_STATUSES.map(() => ":-:").join(" | ")} |`,
    ...RULES.filter((rule) => rule.level !== "cluster").map(
      (rule) =>
        `| [${rule.id}](#${rule.id}) | ${INCIDENT_STATUSES.map((status) => (rule.statuses.includes(status) ? "✓" : "")).join(" | ")} |`,
    ),
    "",
  ];
}

/** The order that keeps each ticket to one reply decision. */
export function replyOrderSection(): string[] {
  return [
    "## One reply per ticket",
    "",
    "The handbook asks not to duplicate comms, so a ticket never gets two reply decisions.",
    "",
    "Within support hours, when several reply rules hold for one ticket, only the first of these is returned, and its `details.outranked` lists the others that held:",
    "",
    ...IN_HOURS_REPLY_ORDER.map((action, index) => `${index + 1}. \`${action}\``),
    "",
    `Outside support hours (nobody in support within working hours) none of those fire: the ticket's only reply decision is \`${OUT_OF_HOURS_REPLIES[0]}\` or \`${OUT_OF_HOURS_REPLIES[1]}\`, whose conditions exclude each other. A ticket whose account team said they will handle it waits rather than going to the on-call, so the customer does not hear from both. A heads-up to an enterprise customer's TAM/CSM rides in the decision's \`details.loopIn\`.`,
    "",
    "Every reply decision carries `details.useMacro` (whether the incident macro may be used for the answer), `macroId` and `statusPageUrl`.",
    "",
  ];
}
