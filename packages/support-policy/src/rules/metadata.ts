import { RULES } from "./index.js";
import type { AnyRule } from "./levels.js";

/** What a rule list (such as the CLI's `rules` command) shows: metadata without conditions. */
export type RuleSummary = Pick<
  AnyRule,
  | "id"
  | "handbook"
  | "level"
  | "statuses"
  | "priority"
  | "action"
  | "owner"
  | "blocking"
  | "summary"
  | "description"
> & { docs: string };

export const policyRules: readonly RuleSummary[] = RULES.map((rule) => ({
  id: rule.id,
  handbook: rule.handbook,
  level: rule.level,
  statuses: rule.statuses,
  priority: rule.priority,
  action: rule.action,
  owner: rule.owner,
  blocking: rule.blocking,
  summary: rule.summary,
  description: rule.description,
  docs: `POLICY.md#${rule.id}`,
}));
