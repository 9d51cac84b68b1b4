import { z } from "zod";
import { ConfigSchema } from "./config.js";
import { PersonSchema } from "./person.js";
import { InstantSchema } from "./primitives.js";
import { TicketSchema } from "./ticket.js";

export const ContextSchema = z.strictObject({
  /** The evaluation instant; required so the same input always gives the same output. */
  now: InstantSchema,
  /** The support roster. */
  team: z.array(PersonSchema),
  /** Open tickets in the queue, used by incident-level rules. */
  queue: z.array(TicketSchema).optional(),
  // Partial overrides; every missing key takes its documented default.
  config: ConfigSchema.prefault({}),
});
export type Context = z.infer<typeof ContextSchema>;
export type ContextInput = z.input<typeof ContextSchema>;
