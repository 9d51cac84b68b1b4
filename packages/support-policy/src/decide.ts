import type { DetailResult } from "./details/types.js";
import type { FiredRule } from "./engine/types.js";
import { incidentTag } from "./match-tickets.js";
import { replyRank } from "./rules/reply-order.js";
import type { RuleDefinition } from "./rules/types.js";
import type { Config } from "./schemas/config.js";
import type { Decision } from "./schemas/decision.js";
import type { Incident } from "./schemas/incident.js";

/** Words every summary may use, beside those an action's details add. */
export function commonWords(incident: Incident, config: Config): Record<string, string> {
  return {
    reference: incident.reference,
    name: incident.name,
    severity: incident.security ? `${incident.severity} security` : incident.severity,
    tag: incidentTag(incident),
    teamChannel: config.teamChannel,
    marketingChannel: config.marketingChannel,
    marketingHandle: config.marketingHandle,
    csChannel: config.csChannel,
    onCallGlobal: config.onCallGlobal,
    macroTemplate: config.macroTemplate,
  };
}

/** Fills `{name}` placeholders; an unknown name stays visible so tests catch it. */
export const fillTemplate = (template: string, words: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => words[name] ?? whole);

export function toDecision(
  rule: RuleDefinition,
  fired: FiredRule,
  built: DetailResult,
  words: Readonly<Record<string, string>>,
  ticketId?: string,
): Decision {
  const allWords = { ...words, ...(ticketId === undefined ? {} : { ticketId }), ...built.words };
  // Keys are written in one fixed order so the JSON of equal decisions is byte-identical.
  return {
    action: rule.action,
    ruleId: rule.id,
    owner: rule.owner,
    summary: fillTemplate(rule.summary, allWords),
    handbook: { section: rule.handbook },
    blocking: rule.blocking,
    ...(ticketId === undefined ? {} : { ticketId }),
    ...(built.due === undefined ? {} : { due: built.due }),
    details: built.details,
    because: fired.because,
    docs: `POLICY.md#${rule.id}`,
  };
}

/**
 * One reply decision per ticket: the highest in the reply order stays, and says in
 * `details.outranked` which other reply decisions also applied.
 */
export function oneReplyPerTicket(decisions: Decision[]): Decision[] {
  const replies = decisions
    .filter((decision) => replyRank(decision.action) >= 0)
    .sort((a, b) => replyRank(a.action) - replyRank(b.action));
  const [chosen, ...outranked] = replies;
  if (!chosen) return decisions;
  const kept: Decision = {
    ...chosen,
    details: { ...chosen.details, outranked: outranked.map((decision) => decision.action) },
  };
  return decisions.flatMap((decision) =>
    decision === chosen ? [kept] : replyRank(decision.action) >= 0 ? [] : [decision],
  );
}

const priorityOf = (decision: Decision, rules: ReadonlyMap<string, RuleDefinition>): number =>
  rules.get(decision.ruleId)?.priority ?? 0;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Blocking first, then higher rule priority, then rule id and ticket id for a stable order. */
export function sortDecisions(
  decisions: Decision[],
  rules: ReadonlyMap<string, RuleDefinition>,
): Decision[] {
  return [...decisions].sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      priorityOf(b, rules) - priorityOf(a, rules) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.ticketId ?? "", b.ticketId ?? ""),
  );
}
