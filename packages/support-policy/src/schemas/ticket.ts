import { z } from "zod";
import { PersonSchema } from "./person.js";
import { InstantSchema, NonEmptyString } from "./primitives.js";

export const TICKET_STATUSES = ["new", "open", "pending", "hold", "solved", "closed"] as const;

export const TicketSchema = z.strictObject({
  id: NonEmptyString,
  subject: z.string(),
  createdAt: InstantSchema,
  status: z.enum(TICKET_STATUSES),
  tags: z.array(z.string()),
  /** Explicit answer; when absent the policy decides from tags and `matchTickets`. */
  relatedToIncident: z.boolean().optional(),
  attachedToIncident: z.boolean().optional(),
  /** Since when the customer has been waiting on us. */
  awaitingReplySince: InstantSchema.optional(),
  organization: z
    .strictObject({
      id: NonEmptyString,
      name: z.string(),
      enterprise: z.boolean(),
      tam: PersonSchema.optional(),
      csm: PersonSchema.optional(),
    })
    .optional(),
  draftReply: z.string().optional(),
  csConsultation: z
    .strictObject({
      openedAt: InstantSchema,
      answeredAt: InstantSchema.optional(),
      csWillHandle: z.boolean().optional(),
    })
    .optional(),
  resolutionNoticeSentAt: InstantSchema.optional(),
});
export type Ticket = z.infer<typeof TicketSchema>;
export type TicketInput = z.input<typeof TicketSchema>;
