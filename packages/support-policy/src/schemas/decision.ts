// Decisions as data: one zod schema per action (a discriminated union on `action`), each with the
// schema of its details, built from the rule definitions so an action is named once.
import { z } from "zod";
import { InstantOut } from "../details/schemas.js";
import type { Level } from "../rules/define-rule.js";
import { RULES } from "../rules/index.js";
import { ACTIONS, type Action } from "../rules/levels.js";
import { IN_HOURS_REPLY_ORDER, OUT_OF_HOURS_REPLIES } from "../rules/reply-order.js";
import type { HandbookSection } from "../rules/sections.js";
import type { Owner } from "./owner.js";
import { ReasonSchema } from "./reason.js";

export {
  ACTIONS,
  type Action,
  INCIDENT_ACTIONS,
  QUEUE_ACTIONS,
  TICKET_ACTIONS,
} from "../rules/levels.js";
export { OWNERS, type Owner, OwnerSchema } from "./owner.js";
export { type Reason, ReasonSchema } from "./reason.js";

// The reply order names actions; the compiler checks that they exist.
IN_HOURS_REPLY_ORDER satisfies readonly Action[];
OUT_OF_HOURS_REPLIES satisfies readonly Action[];

export const ActionSchema = z
  .enum(ACTIONS as [Action, ...Action[]])
  .describe("What to do; one action per rule (see POLICY.md).");

/** What a decision's schema reads from its rule. */
interface AnyDefinition {
  id: string;
  action: string;
  level: Level;
  owner: Owner;
  blocking: boolean;
  handbook: HandbookSection;
  description: string;
  detailsSchema: z.ZodType;
}

type DecisionShape<R extends AnyDefinition> = {
  action: z.ZodLiteral<R["action"]>;
  ruleId: z.ZodLiteral<R["id"]>;
  owner: z.ZodLiteral<R["owner"]>;
  summary: z.ZodString;
  handbook: z.ZodObject<{ section: z.ZodLiteral<R["handbook"]> }, z.core.$strict>;
  blocking: z.ZodLiteral<R["blocking"]>;
} & (R["level"] extends "ticket"
  ? { ticketId: z.ZodString }
  : { ticketId: z.ZodOptional<z.ZodNever> }) & {
    due: z.ZodOptional<typeof InstantOut>;
    details: R["detailsSchema"];
    because: z.ZodArray<typeof ReasonSchema>;
    docs: z.ZodLiteral<`POLICY.md#${R["id"]}`>;
  };
type DecisionSchemaOf<R extends AnyDefinition> = z.ZodObject<DecisionShape<R>, z.core.$strict>;

const LEVEL_WORDS = {
  incident: "about the incident as a whole",
  ticket: "about one ticket of the incident",
  cluster: "about a group of queue tickets no live incident explains",
} as const;

function decisionSchemaOf<R extends AnyDefinition>(rule: R): DecisionSchemaOf<R> {
  return z
    .strictObject({
      action: z.literal(rule.action).describe("What to do."),
      ruleId: z.literal(rule.id).describe("The rule that decided it (its POLICY.md anchor)."),
      owner: z.literal(rule.owner).describe("Who acts."),
      summary: z.string().describe("The decision in one plain sentence."),
      handbook: z
        .strictObject({ section: z.literal(rule.handbook) })
        .describe("The handbook section that asks for it, by heading."),
      blocking: z
        .literal(rule.blocking)
        .describe("A blocking decision means: do not go ahead until it is settled."),
      // Absent on decisions about the incident or the queue, so `ticketId` reads on every decision.
      ticketId:
        rule.level === "ticket"
          ? z.string().describe("The ticket the decision is about.")
          : z.never().optional(),
      due: InstantOut.optional().describe("When the action is due, if it has a deadline."),
      details: rule.detailsSchema,
      because: z
        .array(ReasonSchema)
        .describe("The leaf conditions that held, the incident status first, with the values."),
      docs: z.literal(`POLICY.md#${rule.id}`).describe("Where the rule is explained."),
    })
    .describe(`\`${rule.action}\` (${LEVEL_WORDS[rule.level]}): ${rule.description}`) as never;
}

type DecisionSchemas<Rules extends readonly AnyDefinition[]> = {
  -readonly [K in keyof Rules]: DecisionSchemaOf<Rules[K]>;
};
type DecisionOptions = DecisionSchemas<typeof RULES>;

/** One decision: what to do, who owns it, why (`because`), and the action's own details. */
export const DecisionSchema = z
  .discriminatedUnion("action", RULES.map(decisionSchemaOf) as unknown as DecisionOptions)
  .describe(
    "A decision of the support incident policy: what should happen next, who owns it, whether it blocks, the handbook section that asks for it and the facts that made its rule fire.",
  );
export type Decision = z.output<typeof DecisionSchema>;

/** The decision of one action, e.g. `DecisionOf<"handover">`. */
export type DecisionOf<A extends Action> = Extract<Decision, { action: A }>;
/** The details of one action's decision. */
export type DetailsOf<A extends Action> = DecisionOf<A>["details"];

/**
 * A test for one action that narrows the decision to it, details typed:
 * `decisions.find(isDecision("handover"))?.details.to?.name`.
 */
export const isDecision =
  <A extends Action>(action: A) =>
  (decision: Decision): decision is DecisionOf<A> =>
    decision.action === action;
