import { IncidentEvaluationSchema, IncidentSchema } from "@support/policy";
import { z } from "zod";
import { AckSchema } from "../acks/types.js";

const Instant = IncidentSchema.shape.declaredAt;

export const SourceSchema = z
  .strictObject({
    kind: z
      .enum(["live", "scenario", "example"])
      .describe("live: read from the vendors now; scenario: a file; example: the bundled example."),
    fetchedAt: Instant.nullable().describe(
      "When the data was read from the vendors (for a scenario, as saved in it); null if unknown.",
    ),
    incident: z.string().describe("The incident reference, e.g. INC-2417."),
    file: z.string().optional().describe("The scenario file, as given (scenario only)."),
  })
  .describe("Where the data came from.");

export const DataProblemSchema = z
  .strictObject({
    vendor: z.enum(["incident.io", "Zendesk", "Statuspage", "Slack"]),
    object: z.string().describe("The kind of object: incident, ticket, organization, macro, …"),
    id: z.string().describe("Its id at the vendor, or unknown."),
    field: z.string().describe("The vendor's field name."),
    value: z.unknown().describe("The value as received."),
    action: z.string().describe("What was done instead: dropped or used another value."),
  })
  .describe("A vendor value the policy could not use.");

export const MergedAckSchema = AckSchema.extend({
  field: z.string().nullable().describe("The policy input field(s) it sets."),
  applied: z.boolean().describe("Whether it was written into the input evaluated."),
  reason: z.string().optional().describe("Why it was not applied."),
}).describe("An acknowledgement as merged into the policy input.");

const provenance = {
  dataProblems: z.array(DataProblemSchema).describe("Vendor values the policy could not use."),
  source: SourceSchema,
  evaluatedAt: Instant.describe("The instant the decisions are computed for (--now or the clock)."),
};

export const AckSourceSchema = z
  .strictObject({
    store: z
      .enum(["slack_thread", "local_state", "scenario", "other"])
      .describe(
        "slack_thread: replies in the incident's workflow thread; local_state: this machine's state file; scenario: the scenario file's own list; other: a store of a program using the library.",
      ),
    where: z
      .string()
      .describe("The place in words, as the briefing's Acknowledged heading names it."),
    count: z.int().min(0).describe("How many acknowledgements it held, before merging."),
    error: z
      .string()
      .optional()
      .describe("Why it could not be read; the briefing went on without it."),
  })
  .describe("One place acknowledgements were read from.");

// The policy's evaluateIncident result, then the watcher's own keys.
export const BriefOutputSchema = IncidentEvaluationSchema.extend({
  acknowledgements: z
    .array(MergedAckSchema)
    .describe("Steps people acknowledged (support-watcher done), oldest first."),
  acknowledgementsFrom: z
    .array(AckSourceSchema)
    .describe(
      "Every place acknowledgements were read from, each with its count: the scenario's own list, then the stores (empty for the bundled example, which reads none).",
    ),
  ...provenance,
}).describe("support-watcher brief --json");

const Write = z.strictObject({
  action: z.enum([
    "attach_ticket",
    "add_tag",
    "create_macro",
    "post_resolution_notice",
    "delete_macro",
  ]),
  target: z.string(),
  result: z.enum(["ok", "already_done", "failed"]),
  error: z.string().optional(),
});

export const SweepOutputSchema = z
  .strictObject({
    dryRun: z.boolean(),
    plan: z.strictObject({
      incident: z.strictObject({ id: z.string(), reference: z.string(), status: z.string() }),
      tag: z.string(),
      related: z.array(z.string()),
      attach: z.array(z.string()),
      tagBatches: z.array(z.array(z.string())),
      createMacro: z
        .strictObject({
          title: z.string(),
          template: z.strictObject({
            id: z.number().nullable().describe("null in a plan made from a scenario."),
            title: z.string(),
          }),
          tag: z.string(),
        })
        .nullable(),
      notify: z.array(z.string()),
      deleteMacro: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
      cannot: z.array(z.string()),
    }),
    outcome: z
      .strictObject({ done: z.array(Write), failed: z.array(Write) })
      .optional()
      .describe("With --apply: what was and was not written."),
    auditLog: z.string().optional().describe("With --apply: the audit log's path."),
    rateLimited: z
      .strictObject({
        responses: z.int().min(0).describe("429 answers the clients waited out and retried."),
        waitedMs: z.number().min(0).describe("Time spent waiting for them, in ms."),
      })
      .describe("Rate limiting met during the run."),
    ...provenance,
  })
  .describe("support-watcher sweep --json");

export const HandoverNoteOutputSchema = z
  .strictObject({
    incident: z.string(),
    at: Instant,
    from: z.string().nullable(),
    to: z.string().nullable(),
    detailedNotes: z.boolean(),
    status: z.string(),
    tickets: z.strictObject({
      related: z.int().min(0),
      attached: z.int().min(0),
      waiting: z.int().min(0),
    }),
    keyInformation: z.array(z.string()),
    toldUsers: z.array(
      z.strictObject({
        where: z.enum(["status_page", "macro"]),
        updatedAt: Instant,
        text: z.string(),
        note: z.string().optional(),
      }),
    ),
    text: z.string().describe("The note ready to paste, control characters escaped."),
    ...provenance,
  })
  .describe("support-watcher handover-note --json");

/** The published output schemas, by file name under `schema/`. */
export const OUTPUT_SCHEMAS = {
  "brief-output.schema.json": BriefOutputSchema,
  "sweep-output.schema.json": SweepOutputSchema,
  "handover-note-output.schema.json": HandoverNoteOutputSchema,
} as const;
