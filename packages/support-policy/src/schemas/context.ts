import { z } from "zod";
import { ConfigSchema } from "./config.js";
import { LIMITS } from "./limits.js";
import { PersonSchema } from "./person.js";
import { InstantSchema, listOf } from "./primitives.js";
import { TicketsSchema } from "./ticket.js";

/** The support roster. */
export const TeamSchema = listOf(PersonSchema, LIMITS.team, "people").describe(
  "The support roster: everyone whose working hours count as support coverage.",
);

export const ContextSchema = z
  .strictObject({
    now: InstantSchema.describe(
      "The evaluation instant; required so the same input always gives the same output.",
    ),
    team: TeamSchema,
    queue: TicketsSchema.optional().describe(
      "The open tickets in the queue, which incident-level rules read (evaluateIncident uses its tickets when absent).",
    ),
    config: ConfigSchema.prefault({}).describe(
      "Partial overrides; every key left out takes its documented default.",
    ),
  })
  .describe("What evaluate needs beside the incident and the ticket.");
export type Context = z.infer<typeof ContextSchema>;
export type ContextInput = z.input<typeof ContextSchema>;
