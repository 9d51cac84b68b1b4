import { ConfigSchema, IncidentSchema, PersonSchema, TicketSchema } from "@support/policy";
import { z } from "zod";
import { AckSchema } from "../acks/types.js";
import { DataProblemSchema } from "../output/schemas.js";

const InstantSchema = IncidentSchema.shape.declaredAt;

/**
 * A saved, normalized input: what `brief --scenario` reads and `brief --save` writes. The parts
 * are the policy's own input schemas, so a scenario replays exactly what the policy saw.
 */
export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this file's JSON Schema."),
    description: z.string().optional().describe("One line saying what the scenario shows."),
    now: InstantSchema.optional().describe(
      "The clock for this scenario; --now overrides it, and without either the real time is used.",
    ),
    fetchedAt: InstantSchema.optional().describe(
      "When the data was read from the vendors (written by brief --save).",
    ),
    incident: IncidentSchema,
    tickets: z.array(TicketSchema).describe("The incident's tickets and the open queue."),
    team: z.array(PersonSchema).describe("The support roster."),
    config: ConfigSchema.optional().describe("Policy config overrides."),
    dataProblems: z
      .array(DataProblemSchema)
      .optional()
      .describe("Vendor values the policy could not use when the data was read."),
    queue: z
      .array(TicketSchema)
      .optional()
      .describe("The open queue, for brief --queue and watch --queue (raise an incident?)."),
    liveIncidents: z
      .array(IncidentSchema)
      .optional()
      .describe("Other live incidents whose tickets the queue suggestions leave out."),
    acknowledgements: z
      .array(AckSchema)
      .optional()
      .describe(
        "Steps people acknowledged (support-watcher done); merged into the input like stored ones.",
      ),
  })
  .describe("A support-watcher scenario: one incident, its tickets and the roster.");

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/**
 * What `--queue` reads from a scenario: the queue, and the live incidents to leave out (the
 * scenario's own incident among them, when it has one).
 */
export const QueueScenarioSchema = ScenarioSchema.partial({
  incident: true,
  tickets: true,
  team: true,
}).required({ queue: true });
export type QueueScenario = z.infer<typeof QueueScenarioSchema>;
