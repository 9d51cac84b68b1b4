import { z } from "zod";
import { LIMITS } from "./limits.js";
import { PersonSchema } from "./person.js";
import {
  InstantSchema,
  LongText,
  listOf,
  NonEmptyString,
  ShortText,
  UrlSchema,
} from "./primitives.js";

export const SEVERITIES = ["minor", "major", "critical"] as const;
export const SeveritySchema = z
  .enum(SEVERITIES)
  .describe("minor, major or critical (critical counts as major everywhere).");
export type Severity = z.infer<typeof SeveritySchema>;

export const INCIDENT_STATUSES = [
  "triage",
  "active",
  "monitoring",
  "resolved",
  "closed",
  "declined",
  "merged",
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const IncidentStatusSchema = z
  .enum(INCIDENT_STATUSES)
  .describe(
    "Live: triage, active, monitoring; impact over: resolved, closed; declined and merged incidents ask for nothing.",
  );

const components = (what: string) => listOf(ShortText, LIMITS.tags, "components").describe(what);

export const StatusPageSchema = z
  .strictObject({
    url: UrlSchema.describe("The incident's public status page entry."),
    message: LongText.describe("The current status page message, as customers read it."),
    components: components("The components the status page marks as affected."),
    updatedAt: InstantSchema.describe("When the message was last updated."),
  })
  .describe("The incident's status page entry.");

export const MacroSchema = z
  .strictObject({
    id: NonEmptyString.describe("The Zendesk macro's id."),
    title: ShortText.describe("The macro's title."),
    body: LongText.describe("The macro's reply text."),
    tags: listOf(ShortText, LIMITS.tags, "tags").describe(
      "Tags the macro adds to a ticket; incident/<number> among them.",
    ),
    createdAt: InstantSchema.describe("When the macro was created."),
    updatedAt: InstantSchema.describe("When it was last edited."),
    sharedWithCommsAt: InstantSchema.optional().describe("When it was shared with the Comms Lead."),
    approvedByCommsAt: InstantSchema.optional().describe("When the Comms Lead last approved it."),
    announcedToTeamAt: InstantSchema.optional().describe(
      "When the team channel was told about it.",
    ),
  })
  .describe("The incident macro in Zendesk.");

export const IncidentSchema = z
  .strictObject({
    id: NonEmptyString.describe("The incident's id in incident.io."),
    reference: z
      .string()
      .max(40)
      .regex(/^INC-\d+$/, { error: 'must look like "INC-123"' })
      .describe("Its reference, e.g. INC-123."),
    number: z
      .int()
      .positive({ error: "must be a positive whole number" })
      .describe("Its number: the 123 of INC-123 and of the incident/123 tag."),
    name: ShortText.describe("Its name, e.g. Feature flag delays."),
    severity: SeveritySchema,
    security: z.boolean().describe("Whether it is a security incident."),
    status: IncidentStatusSchema,
    declaredAt: InstantSchema.describe("When it was declared."),
    resolvedAt: InstantSchema.optional().describe("When its customer-facing impact was resolved."),
    impactChangedAt: InstantSchema.optional().describe("When the user impact last changed."),
    affectedComponents: components("The affected components, as the status page names them."),
    roles: z
      .strictObject({
        incidentLead: PersonSchema.optional().describe("The incident lead."),
        commsLead: PersonSchema.optional().describe("The Comms Lead Marketing appointed."),
        supportWatcher: PersonSchema.optional().describe("Who has the Support Watcher role."),
      })
      .describe("Who has which incident role."),
    supportWatcherRequestedAt: InstantSchema.optional().describe(
      "When the workflow asked the team channel for a Support Watcher.",
    ),
    handRaises: listOf(
      z.strictObject({
        name: ShortText.describe("Who raised their hand."),
        at: InstantSchema.describe("When."),
      }),
      LIMITS.team,
      "hand raises",
    )
      .optional()
      .describe(
        "People who raised their hand in the workflow thread (before the role reaches them).",
      ),
    handoverNotes: listOf(
      z.strictObject({
        at: InstantSchema.describe("When the note was posted."),
        by: ShortText.optional().describe("Who posted it."),
        url: UrlSchema.optional().describe("A link to the note."),
      }),
      LIMITS.team,
      "handover notes",
    )
      .optional()
      .describe("Handover notes posted in the workflow thread, oldest first."),
    ticketPatternReportedAt: InstantSchema.optional().describe(
      "When the ticket pattern was noted in the incident channel.",
    ),
    externalCommsRequired: z.boolean().optional().describe("Whether external comms are required."),
    statusPage: StatusPageSchema.optional(),
    macro: MacroSchema.optional(),
    lastTeamUpdateAt: InstantSchema.optional().describe(
      "When the team channel was last updated about the incident.",
    ),
    proactiveOutreach: z
      .strictObject({
        requestedAt: InstantSchema.describe("When proactive tickets were asked for."),
        incidentLeadConfirmedAt: InstantSchema.optional().describe(
          "When the incident lead confirmed the outreach.",
        ),
        commsLeadConfirmedAt: InstantSchema.optional().describe(
          "When the Comms Lead confirmed it.",
        ),
      })
      .optional()
      .describe("A request to reach out to customers proactively."),
    postMortem: z
      .strictObject({
        url: UrlSchema.describe("The post-mortem document."),
        supportFeedbackAt: InstantSchema.optional().describe("When support added its feedback."),
      })
      .optional()
      .describe("The incident's post-mortem."),
    docsReviewedAt: InstantSchema.optional().describe(
      "When docs and help content were reviewed after the incident.",
    ),
  })
  .describe("An incident as the policy reads it (from incident.io and the team's own records).");
export type Incident = z.infer<typeof IncidentSchema>;
export type IncidentInput = z.input<typeof IncidentSchema>;
