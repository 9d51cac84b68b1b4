import type { z } from "zod";
import type { TopLevelCondition } from "../engine/types.js";
import type { ClusterFactName, IncidentFactName, TicketFactName } from "../facts/index.js";
import type { IncidentStatus } from "../schemas/incident.js";
import type { Owner } from "../schemas/owner.js";
import type { IncidentSituation, TicketSituation } from "../situation/types.js";
import type { ClusterSituation } from "../suggest/situation.js";
import type { IncidentConditionName, TicketConditionName } from "./conditions.js";
import type { HandbookSection } from "./sections.js";

/** What a rule is evaluated for: an incident, one of its tickets, or a cluster of queue tickets. */
export type Level = "incident" | "ticket" | "cluster";

export interface Situations {
  incident: IncidentSituation;
  ticket: TicketSituation;
  cluster: ClusterSituation;
}
interface FactNames {
  incident: IncidentFactName;
  ticket: TicketFactName;
  cluster: ClusterFactName;
}
interface ConditionNames {
  incident: IncidentConditionName;
  ticket: TicketConditionName;
  cluster: never;
}

/** A rule's id as its action: `reply-with-macro` decides `reply_with_macro`. */
export type ActionOf<Id extends string> = Id extends `${infer Head}-${infer Tail}`
  ? `${Head}_${ActionOf<Tail>}`
  : Id;
export const actionOf = <Id extends string>(id: Id): ActionOf<Id> =>
  id.replaceAll("-", "_") as ActionOf<Id>;

/** Detail keys the policy adds after the rule's own details (one reply per ticket). */
type AddedByPolicy = "outranked";

/** The details a rule builds: its schema's output, less what the policy adds. */
export type BuiltDetails<Schema extends z.ZodType> = Omit<z.output<Schema>, AddedByPolicy>;

/** Everything a rule is, in one place: what the handbook asks, when, and what the decision says. */
export interface RuleSpec<
  Id extends string,
  L extends Level,
  Schema extends z.ZodType,
  O extends Owner,
  B extends boolean,
  H extends HandbookSection,
> {
  /** Stable id; the decision's action is the id with `_` for `-`. Also its POLICY.md anchor. */
  id: Id;
  /** The exact `##` heading of the handbook section the rule enforces. */
  handbook: H;
  level: L;
  /**
   * The incident statuses the rule applies to; in any other status it never fires. A cluster
   * rule, which runs before any incident exists, has none (`BEFORE_ANY_INCIDENT`).
   */
  statuses: readonly IncidentStatus[];
  /** Higher runs and sorts first. */
  priority: number;
  owner: O;
  /** A blocking decision means: do not go ahead until it is settled. */
  blocking: B;
  /** One sentence with `{placeholders}` filled from the common words and the rule's `words`. */
  summary: string;
  /** Plain-words explanation for the docs. */
  description: string;
  /** json-rules-engine condition JSON over the level's facts and named conditions. */
  conditions: TopLevelCondition<FactNames[L], ConditionNames[L]>;
  /** The zod schema of the decision's details, with a description of every field. */
  detailsSchema: Schema;
  /** The decision's details, read from the situation. */
  details(situation: Situations[L]): BuiltDetails<Schema>;
  /** When the action is due, if it has a deadline. */
  due?(situation: Situations[L], details: BuiltDetails<Schema>): string | undefined;
  /** The words the summary's own placeholders need. */
  words?(situation: Situations[L], details: BuiltDetails<Schema>): Record<string, string>;
}

export type RuleDefinition<
  Id extends string = string,
  L extends Level = Level,
  Schema extends z.ZodType = z.ZodType,
  O extends Owner = Owner,
  B extends boolean = boolean,
  H extends HandbookSection = HandbookSection,
> = Readonly<
  RuleSpec<Id, L, Schema, O, B, H> & {
    action: ActionOf<Id>;
    /** json-rules-engine's event: the action. */
    event: { type: ActionOf<Id> };
  }
>;

/** One rule, whole: its id, metadata, conditions and decision details; the action derives from the id. */
export function defineRule<
  const Id extends string,
  const L extends Level,
  Schema extends z.ZodType,
  const O extends Owner,
  const B extends boolean,
  const H extends HandbookSection,
>(spec: RuleSpec<Id, L, Schema, O, B, H>): RuleDefinition<Id, L, Schema, O, B, H> {
  const action = actionOf(spec.id);
  return Object.freeze({ ...spec, action, event: { type: action } });
}

export type IncidentRule = RuleDefinition<string, "incident">;
export type TicketRule = RuleDefinition<string, "ticket">;
export type ClusterRule = RuleDefinition<string, "cluster">;
