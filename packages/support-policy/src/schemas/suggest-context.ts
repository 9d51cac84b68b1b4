import { z } from "zod";
import { ConfigSchema } from "./config.js";
import { IncidentSchema } from "./incident.js";
import { LIMITS } from "./limits.js";
import { InstantSchema, listOf } from "./primitives.js";

export const LiveIncidentsSchema = listOf(
  IncidentSchema,
  LIMITS.liveIncidents,
  "incidents",
).describe("The incidents already declared; tickets they explain do not count.");

/** What `suggestIncidents` needs beside the queue: the time, the live incidents, the config. */
export const SuggestContextSchema = z
  .strictObject({
    now: InstantSchema.describe(
      "The instant the window ends; required so the same input always gives the same output.",
    ),
    liveIncidents: LiveIncidentsSchema.optional(),
    config: ConfigSchema.prefault({}).describe(
      "Partial overrides; every key left out takes its documented default.",
    ),
  })
  .describe("What suggestIncidents needs beside the queue.");
export type SuggestContext = z.infer<typeof SuggestContextSchema>;
export type SuggestContextInput = z.input<typeof SuggestContextSchema>;
