import { z } from "zod";
import { PersonSchema } from "./person.js";
import { InstantSchema, NonEmptyString } from "./primitives.js";

export const SEVERITIES = ["minor", "major", "critical"] as const;
export const SeveritySchema = z.enum(SEVERITIES);
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

export const StatusPageSchema = z.strictObject({
  url: z.url({ error: "must be a URL" }),
  message: z.string(),
  components: z.array(z.string()),
  updatedAt: InstantSchema,
});

export const MacroSchema = z.strictObject({
  id: NonEmptyString,
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  sharedWithCommsAt: InstantSchema.optional(),
  approvedByCommsAt: InstantSchema.optional(),
  announcedToTeamAt: InstantSchema.optional(),
});

export const IncidentSchema = z.strictObject({
  id: NonEmptyString,
  reference: z.string().regex(/^INC-\d+$/, { error: 'must look like "INC-123"' }),
  number: z.int().positive({ error: "must be a positive whole number" }),
  name: z.string(),
  severity: SeveritySchema,
  security: z.boolean(),
  status: z.enum(INCIDENT_STATUSES),
  declaredAt: InstantSchema,
  resolvedAt: InstantSchema.optional(),
  impactChangedAt: InstantSchema.optional(),
  affectedComponents: z.array(z.string()),
  roles: z.strictObject({
    incidentLead: PersonSchema.optional(),
    commsLead: PersonSchema.optional(),
    supportWatcher: PersonSchema.optional(),
  }),
  supportWatcherRequestedAt: InstantSchema.optional(),
  /** People who raised their hand in the workflow thread (before the role reaches them). */
  handRaises: z.array(z.strictObject({ name: z.string(), at: InstantSchema })).optional(),
  /** Handover notes posted in the workflow thread, oldest first. */
  handoverNotes: z
    .array(
      z.strictObject({
        at: InstantSchema,
        by: z.string().optional(),
        url: z.url({ error: "must be a URL" }).optional(),
      }),
    )
    .optional(),
  /** When the ticket pattern was noted in the incident channel. */
  ticketPatternReportedAt: InstantSchema.optional(),
  externalCommsRequired: z.boolean().optional(),
  statusPage: StatusPageSchema.optional(),
  macro: MacroSchema.optional(),
  lastTeamUpdateAt: InstantSchema.optional(),
  proactiveOutreach: z
    .strictObject({
      requestedAt: InstantSchema,
      incidentLeadConfirmedAt: InstantSchema.optional(),
      commsLeadConfirmedAt: InstantSchema.optional(),
    })
    .optional(),
  postMortem: z
    .strictObject({
      url: z.url({ error: "must be a URL" }),
      supportFeedbackAt: InstantSchema.optional(),
    })
    .optional(),
  docsReviewedAt: InstantSchema.optional(),
});
export type Incident = z.infer<typeof IncidentSchema>;
export type IncidentInput = z.input<typeof IncidentSchema>;
