import { z } from "zod";
import { LIMITS } from "./limits.js";
import { PersonSchema } from "./person.js";
import { InstantSchema, LongText, listOf, NonEmptyString, ShortText } from "./primitives.js";

export const TICKET_STATUSES = ["new", "open", "pending", "hold", "solved", "closed"] as const;

export const TicketSchema = z
  .strictObject({
    id: NonEmptyString.describe("The Zendesk ticket id."),
    subject: ShortText.describe("Its subject, which ticket matching reads."),
    createdAt: InstantSchema.describe("When it was created."),
    status: z.enum(TICKET_STATUSES).describe("Its Zendesk status."),
    tags: listOf(ShortText, LIMITS.tags, "tags").describe("Its Zendesk tags."),
    relatedToIncident: z
      .boolean()
      .optional()
      .describe("An explicit answer; when absent the policy decides from tags and matching."),
    attachedToIncident: z
      .boolean()
      .optional()
      .describe(
        "Whether it is attached to the incident in incident.io; when absent the incident tag counts as attached.",
      ),
    awaitingReplySince: InstantSchema.optional().describe(
      "Since when the customer has been waiting on us.",
    ),
    organization: z
      .strictObject({
        id: NonEmptyString.describe("The organisation's id."),
        name: ShortText.describe("Its name."),
        enterprise: z.boolean().describe("Whether it is an enterprise customer."),
        tam: PersonSchema.optional().describe("Its Technical Account Manager."),
        csm: PersonSchema.optional().describe("Its Customer Success Manager."),
      })
      .optional()
      .describe("The customer's organisation."),
    draftReply: LongText.optional().describe("A reply being drafted, which the lint checks."),
    csConsultation: z
      .strictObject({
        openedAt: InstantSchema.describe("When the side conversation was opened."),
        answeredAt: InstantSchema.optional().describe("When CS/sales answered."),
        csWillHandle: z
          .boolean()
          .optional()
          .describe("Their answer: whether they will talk to the customer themselves."),
      })
      .optional()
      .describe("A side conversation with CS/sales (#cs-sales-support) about the ticket."),
    resolutionNoticeSentAt: InstantSchema.optional().describe(
      "When the customer was told the incident is resolved.",
    ),
  })
  .describe("A Zendesk ticket as the policy reads it.");
export type Ticket = z.infer<typeof TicketSchema>;
export type TicketInput = z.input<typeof TicketSchema>;

/** A list of tickets, capped. */
export const TicketsSchema = listOf(TicketSchema, LIMITS.tickets, "tickets");
