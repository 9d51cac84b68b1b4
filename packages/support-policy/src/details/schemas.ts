// zod schemas of the pieces several decisions' details share, described for the JSON Schemas.
import { z } from "zod";
import { IN_HOURS_REPLY_ORDER } from "../rules/reply-order.js";

/** An instant in a decision: ISO-8601 with an offset (UTC when the policy computed it). */
export const InstantOut = z.iso.datetime({ offset: true });

export const PersonRefSchema = z
  .strictObject({
    name: z.string().describe("Their name."),
    timezone: z.string().describe("Their IANA time zone."),
    slack: z.string().optional().describe("Their Slack handle, when known."),
    email: z.string().optional().describe("Their email address, when known."),
  })
  .describe("A person, as far as needed to reach them.");

export const FindingSchema = z
  .strictObject({
    rule: z.string().describe("The lint rule's id, or the notice's id for an `info` finding."),
    severity: z
      .enum(["error", "warning", "info"])
      .describe("`error` needs fixing, `warning` is advice, `info` says what was not checked."),
    message: z.string().describe("What is wrong, in one sentence."),
    span: z
      .tuple([z.int(), z.int()])
      .optional()
      .describe("`[start, end)` in UTF-16 offsets into the text."),
    suggestion: z.string().optional().describe("How to fix it."),
    docs: z.string().describe("Where the rule is documented (POLICY.md anchor)."),
  })
  .describe("A message lint finding.");

export const FindingsSchema = z
  .array(FindingSchema)
  .describe("Every lint finding on the text, warnings included, in text order.");

export const MatchReasonSchema = z
  .strictObject({
    kind: z
      .enum([
        "tag",
        "marked_related",
        "component",
        "keyword",
        "created_before_declaration",
        "created_after_declaration",
      ])
      .describe("Why: the incident tag, marked related, a component or words named, and when."),
    detail: z.string().describe("The reason in one plain sentence."),
    words: z.array(z.string()).optional().describe("The subject's words that matched, as written."),
  })
  .describe("One reason a ticket looks related to the incident.");

/** The reply decisions a chosen one replaced (one reply per ticket). */
export const OutrankedSchema = z
  .array(z.enum(IN_HOURS_REPLY_ORDER))
  .describe(
    "The other reply decisions that held for this ticket and were folded into this one (see POLICY.md, One reply per ticket).",
  );

/** What every reply decision says about the material to answer with. */
export const replyMaterialShape = {
  useMacro: z
    .boolean()
    .describe(
      "Whether the incident macro may be used for the answer (it exists and, where the Comms Lead reviews it, was approved as it is now).",
    ),
  macroId: z.string().nullable().describe("The incident macro's id; null without a macro."),
  statusPageUrl: z
    .string()
    .nullable()
    .describe(
      "The link the answer gives: the incident's status page, else the configured statusPageUrl; null when neither is known.",
    ),
};

/** The account team to give a heads-up, each saying whether they are within working hours. */
export const LoopInSchema = z
  .array(
    PersonRefSchema.extend({
      role: z.enum(["tam", "csm"]).describe("TAM or CSM."),
      online: z.boolean().describe("Whether they are within working hours now."),
    }),
  )
  .describe(
    "The enterprise customer's TAM and CSM to give a heads-up (empty for other customers).",
  );
