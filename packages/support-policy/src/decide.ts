// From fired rules to decisions: details and summary from the rule, one reply per ticket, order.
import type { FiredRule } from "./engine/types.js";
import type { Level, RuleDefinition, Situations } from "./rules/define-rule.js";
import { RULES_BY_ID } from "./rules/levels.js";
import { replyRank } from "./rules/reply-order.js";
import type { Decision } from "./schemas/decision.js";

/** A summary template split once into its text and `{name}` placeholders (odd positions). */
const compiled = new Map<string, readonly string[]>();
const partsOf = (template: string): readonly string[] => {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
};

type Words = Readonly<Record<string, string>>;
const wordOf = (words: Words | undefined, name: string): string | undefined =>
  words !== undefined && Object.hasOwn(words, name) ? words[name] : undefined;

/**
 * Fills `{name}` placeholders from the first of the word lists that has the name; an unknown
 * name stays visible so tests catch it.
 */
export function fillTemplate(template: string, ...lists: ReadonlyArray<Words | undefined>): string {
  const parts = partsOf(template);
  let text = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? "";
    let word: string | undefined;
    for (const words of lists) {
      word = wordOf(words, name);
      if (word !== undefined) break;
    }
    text += word ?? `{${name}}`;
    text += parts[i + 1] ?? "";
  }
  return text;
}

type AnyRule = RuleDefinition<string, Level>;

const docs = new Map<string, string>();
const docsOf = (id: string): string => {
  let link = docs.get(id);
  if (link === undefined) {
    link = `POLICY.md#${id}`;
    docs.set(id, link);
  }
  return link;
};

/** The decision of one fired rule: its details and summary read from the situation. */
export function toDecision<L extends Level>(
  rule: AnyRule,
  fired: FiredRule,
  situation: Situations[L],
  common: Readonly<Record<string, string>>,
  ticketId?: string,
): Decision {
  const details = rule.details(situation as never) as Record<string, unknown>;
  const due = rule.due?.(situation as never, details as never);
  const own = rule.words?.(situation as never, details as never);
  const ticket = ticketId === undefined ? undefined : { ticketId };
  // Keys are written in one fixed order so the JSON of equal decisions is byte-identical.
  const decision: Record<string, unknown> = {
    action: rule.action,
    ruleId: rule.id,
    owner: rule.owner,
    summary: fillTemplate(rule.summary, own, ticket, common),
    handbook: { section: rule.handbook },
    blocking: rule.blocking,
  };
  if (ticketId !== undefined) decision.ticketId = ticketId;
  if (due !== undefined) decision.due = due;
  decision.details = details;
  decision.because = fired.because;
  decision.docs = docsOf(rule.id);
  return decision as Decision;
}

/** The decisions of the fired rules, in the order they fired. */
export function decisionsOf<L extends Level>(
  fired: readonly FiredRule[],
  situation: Situations[L],
  common: Readonly<Record<string, string>>,
  ticketId?: string,
): Decision[] {
  const decisions: Decision[] = [];
  for (const hit of fired) {
    const rule = RULES_BY_ID.get(hit.ruleId);
    if (rule) decisions.push(toDecision(rule, hit, situation, common, ticketId));
  }
  return decisions;
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
  const kept = {
    ...chosen,
    details: { ...chosen.details, outranked: outranked.map((decision) => decision.action) },
  } as Decision;
  return decisions.flatMap((decision) =>
    decision === chosen ? [kept] : replyRank(decision.action) >= 0 ? [] : [decision],
  );
}

const priorityOf = (decision: Decision): number => RULES_BY_ID.get(decision.ruleId)?.priority ?? 0;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Blocking first, then higher rule priority, then rule id and ticket id for a stable order. */
export function sortDecisions(decisions: Decision[]): Decision[] {
  return [...decisions].sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      priorityOf(b) - priorityOf(a) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.ticketId ?? "", b.ticketId ?? ""),
  );
}
