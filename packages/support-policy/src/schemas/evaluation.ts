// What evaluate and evaluateIncident return, as zod schemas (and so as JSON Schemas).
import { z } from "zod";
import { InstantOut, MatchReasonSchema } from "../details/schemas.js";
import { DecisionSchema } from "./decision.js";
import { PersonSchema } from "./person.js";

/** The decisions about an incident, or about one of its tickets. */
export const EvaluationSchema = z
  .strictObject({
    incidentId: z.string().describe("The incident's id."),
    ticketId: z.string().optional().describe("Set for the decisions about one ticket."),
    evaluatedAt: InstantOut.describe("The evaluation instant (`now`), in UTC."),
    blocked: z
      .boolean()
      .describe("True when any decision is blocking: something must not happen yet."),
    decisions: z
      .array(DecisionSchema)
      .describe(
        "Blocking first, then by rule priority (highest first), then by rule id and ticket id.",
      ),
  })
  .describe("The decisions about an incident (without ticketId) or about one of its tickets.");
export type Evaluation = z.output<typeof EvaluationSchema>;

export const TicketEvaluationSchema = EvaluationSchema.extend({
  ticketId: z.string().describe("The ticket the decisions are about."),
}).describe("The decisions about one ticket: what evaluate(incident, ticket) returns.");
export type TicketEvaluation = z.output<typeof TicketEvaluationSchema>;

export const TicketMatchSchema = z
  .strictObject({
    ticketId: z.string().describe("The ticket."),
    reasons: z
      .array(MatchReasonSchema)
      .describe("Why it looks related, then when it was created relative to the declaration."),
    createdBeforeDeclaration: z
      .boolean()
      .describe("Opened before the incident was declared: the queue sweep looks for these."),
  })
  .describe("A ticket that looks related to the incident, and why.");

const OnShiftSchema = z.strictObject({
  person: PersonSchema,
  until: InstantOut.describe("When their current stretch of work ends."),
  minutesLeft: z.int().describe("Working minutes left in it."),
});
const UpcomingSchema = z.strictObject({
  person: PersonSchema,
  at: InstantOut.describe("When their next stretch of work starts."),
});

export const CoverageSchema = z
  .strictObject({
    at: InstantOut.describe("The instant the coverage is for."),
    working: z
      .array(OnShiftSchema)
      .describe("People in support within working hours, most working time left first."),
    upcoming: z
      .array(UpcomingSchema)
      .describe("Everyone else with working hours in the next three weeks, soonest first."),
    nextChangeAt: InstantOut.nullable().describe(
      "When somebody's hours next start or end: the moment this picture changes.",
    ),
    nextCoverageAt: InstantOut.nullable().describe(
      "Now when someone is working, else the earliest start (out of office respected).",
    ),
  })
  .describe("Who in support is within working hours, and who comes on next.");

export const TicketStateSchema = z
  .strictObject({
    ticketId: z.string().describe("The ticket."),
    related: z.boolean().describe("Whether it is about the incident (the `related` fact)."),
    attached: z.boolean().describe("Whether it is attached to the incident (the `attached` fact)."),
    customerWaitingSince: InstantOut.nullable().describe(
      "Since when the customer waits on a reply from us (the `customerWaiting` fact); null when they do not.",
    ),
  })
  .describe("What the policy read about one ticket.");
export type TicketState = z.output<typeof TicketStateSchema>;

/**
 * An incident's evaluation: the incident-level evaluation (the same keys, and the same values
 * given the same queue, as `evaluate(incident, null)`), every ticket's evaluation, and the
 * matches and coverage the policy computed for them.
 */
export const IncidentEvaluationSchema = EvaluationSchema.omit({ ticketId: true })
  .extend({
    tickets: z
      .array(TicketEvaluationSchema)
      .describe(
        "One evaluation per given ticket, in ticket id order: each what evaluate(incident, ticket) returns.",
      ),
    ticketStates: z
      .array(TicketStateSchema)
      .describe("Per given ticket, in the same order: what the rules read about it."),
    matches: z
      .array(TicketMatchSchema)
      .describe(
        "The queue's tickets that look related (the given tickets when no queue was given), in queue order, as matchTickets returns them.",
      ),
    coverage: CoverageSchema,
  })
  .describe(
    "An incident's decisions and every ticket's, with the ticket matches and the support coverage they were decided on.",
  );
export type IncidentEvaluation = z.output<typeof IncidentEvaluationSchema>;
