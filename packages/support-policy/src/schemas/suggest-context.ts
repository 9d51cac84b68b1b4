import { z } from "zod";
import { ConfigSchema } from "./config.js";
import { IncidentSchema } from "./incident.js";
import { InstantSchema } from "./primitives.js";

/** What `suggestIncidents` needs beside the queue: the time, the live incidents, the config. */
export const SuggestContextSchema = z.strictObject({
  /** The instant the window ends; required so the same input always gives the same output. */
  now: InstantSchema,
  /** The incidents already declared; tickets they explain do not count. */
  liveIncidents: z.array(IncidentSchema).optional(),
  // Partial overrides; every missing key takes its documented default.
  config: ConfigSchema.prefault({}),
});
export type SuggestContext = z.infer<typeof SuggestContextSchema>;
export type SuggestContextInput = z.input<typeof SuggestContextSchema>;
