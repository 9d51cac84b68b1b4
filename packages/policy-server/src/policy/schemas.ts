// The request and response bodies, built from the policy's own zod schemas. Shapes the policy
// does not export a schema for yet (findings, matches, the rule index) are written here once.
import {
  ActionSchema,
  ConfigSchema,
  ContextSchema,
  DecisionSchema,
  IncidentSchema,
  OWNERS,
  PersonSchema,
  SuggestContextSchema,
  TicketSchema,
} from "@support/policy";
import { z } from "zod";

export const RequestContextSchema = ContextSchema.partial({ now: true, team: true }).describe(
  "The policy's context. `now` defaults to the server clock and `team` to the configured team; " +
    "`config` keys override the configured config one by one.",
);

export const EvaluateRequestSchema = z
  .strictObject({
    incident: IncidentSchema,
    ticket: TicketSchema.nullable()
      .optional()
      .describe("One ticket of the incident; leave it out (or null) for the incident's decisions."),
    context: RequestContextSchema.optional(),
  })
  .describe("The decisions about an incident, or about one of its tickets.");

export const EvaluateIncidentRequestSchema = z
  .strictObject({
    incident: IncidentSchema,
    tickets: z.array(TicketSchema),
    context: RequestContextSchema.optional(),
  })
  .describe("The incident's decisions and each ticket's.");

export const SuggestIncidentsRequestSchema = z
  .strictObject({
    queue: z.array(TicketSchema).describe("The open support queue."),
    context: SuggestContextSchema.partial({ now: true })
      .describe(
        "`now` defaults to the server clock; `config` keys override the configured config one by one.",
      )
      .optional(),
  })
  .describe("Tickets that together suggest raising an incident.");

// Nested objects stay open: a caller may pass a whole incident or config to the lint.
const LintContextSchema = z.strictObject({
  incident: z
    .looseObject({
      number: z.number().optional(),
      status: z.string().optional(),
      affectedComponents: z.array(z.string()).optional(),
      statusPage: z.looseObject({ url: z.string().optional() }).optional(),
      macro: z.looseObject({ tags: z.array(z.string()).optional() }).optional(),
    })
    .optional(),
  tags: z.array(z.string()).optional().describe("The macro's tags."),
  config: z
    .looseObject({
      jargon: z.array(z.string()).optional(),
      allowedTerms: z.array(z.string()).optional(),
      statusPageUrl: z.string().optional(),
      internalDomains: z.array(z.string()).optional(),
    })
    .optional(),
});

export const LINT_KINDS = ["status_page", "macro", "reply"] as const;

export const LintRequestSchema = z
  .strictObject({
    kind: z.enum(LINT_KINDS),
    text: z.string(),
    context: LintContextSchema.optional(),
  })
  .describe("A customer-facing text checked against the handbook.");

export const MatchRequestSchema = z
  .strictObject({
    incident: IncidentSchema,
    tickets: z.array(TicketSchema),
    config: ConfigSchema.optional(),
  })
  .describe("Which tickets look related to the incident, and why.");

export const DecisionListSchema = z.array(DecisionSchema);

// Findings and matches have no zod schema in the policy yet: the fields consumers rely on are
// checked here, and what the policy adds later passes through rather than failing the answer.
export const FindingSchema = z.looseObject({
  rule: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  span: z.tuple([z.int(), z.int()]).optional().describe("[start, end) in UTF-16 offsets."),
  suggestion: z.string().optional(),
  docs: z.string(),
});
export const FindingListSchema = z.array(FindingSchema);

export const TicketMatchSchema = z.looseObject({
  ticketId: z.string(),
  reasons: z.array(
    z.looseObject({
      kind: z
        .string()
        .describe(
          "tag, marked_related, component, keyword, created_before_declaration or created_after_declaration.",
        ),
      detail: z.string().describe("One plain sentence explaining the reason."),
      words: z.array(z.string()).optional().describe("The subject's words that matched."),
    }),
  ),
  createdBeforeDeclaration: z.boolean(),
});
export const TicketMatchListSchema = z.array(TicketMatchSchema);

// The rule metadata is the policy's own and grows with it: the fields every consumer relies on are
// checked, and whatever the policy adds passes through.
const RuleSummarySchema = z.looseObject({
  id: z.string(),
  handbook: z.string(),
  level: z
    .string()
    .describe('Where the rule applies: "incident", "ticket", "cluster" (the queue).'),
  priority: z.number(),
  action: ActionSchema,
  owner: z.enum(OWNERS),
  blocking: z.boolean(),
  summary: z.string(),
  description: z.string(),
  docs: z.string(),
});

export const RuleIndexSchema = z
  .strictObject({
    policyVersion: z.string(),
    sections: z.array(
      z.looseObject({
        heading: z.string(),
        slug: z.string(),
        implementedBy: z
          .array(z.looseObject({ duty: z.string(), rules: z.array(z.string()) }))
          .optional()
          .describe(
            "For a section that sums up duties: the rules of other sections that carry each out.",
          ),
        rules: z.array(RuleSummarySchema),
      }),
    ),
    lintRules: z.array(
      z.looseObject({
        id: z.string(),
        kinds: z.array(z.enum(LINT_KINDS)),
        severity: z.enum(["error", "warning"]),
        source: z.string(),
        description: z.string(),
      }),
    ),
  })
  .describe("Every rule by handbook section, and the message lint rules.");

/** The server config file's `team` entries. */
export const TeamSchema = z.array(PersonSchema);
