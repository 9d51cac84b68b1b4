import { z } from "zod";
import { InstantSchema } from "./primitives.js";

export const INCIDENT_ACTIONS = [
  "request_support_watcher",
  "nudge_incident_lead",
  "no_support_coverage",
  "review_status_page",
  "mark_status_page_components",
  "publish_status_page",
  "create_macro",
  "fix_macro",
  "comms_review_before_use",
  "share_macro_with_comms",
  "flag_marketing_coordination",
  "request_comms_lead",
  "update_macro",
  "announce_macro",
  "sweep_queue",
  "report_ticket_pattern",
  "update_team",
  "proactive_outreach_gate",
  "create_proactive_tickets",
  "handover",
  "delete_macro",
  "review_docs",
  "postmortem_feedback",
] as const;

export const TICKET_ACTIONS = [
  "attach_ticket",
  "reply_with_macro",
  "reply_with_status_link",
  "fix_reply",
  "check_with_cs",
  "leave_to_cs",
  "reply_after_cs_silence",
  "reply_and_loop_in_tam",
  "wait_for_support_hours",
  "escalate_to_on_call_global",
  "notify_resolved",
] as const;

/** Decisions about the queue before any incident covers it. */
export const QUEUE_ACTIONS = ["raise_incident"] as const;

export const ActionSchema = z.enum([...INCIDENT_ACTIONS, ...TICKET_ACTIONS, ...QUEUE_ACTIONS]);
export type Action = z.infer<typeof ActionSchema>;

export const OWNERS = [
  "support_team",
  "support_watcher",
  "incident_lead",
  "comms_lead",
  "tam_csm",
  "on_call_global",
] as const;
export const OwnerSchema = z.enum(OWNERS);
export type Owner = z.infer<typeof OwnerSchema>;

/** One condition that held, with the value the fact actually had. */
export const ReasonSchema = z.strictObject({
  fact: z.string(),
  operator: z.string(),
  /** What the rule compared against (a config value when the rule names one). */
  value: z.unknown(),
  /** The config key or fact the compared value came from, when the rule names one. */
  valueFrom: z.string().optional(),
  actual: z.unknown(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const DecisionSchema = z.strictObject({
  action: ActionSchema,
  ruleId: z.string(),
  owner: OwnerSchema,
  summary: z.string(),
  handbook: z.strictObject({ section: z.string() }),
  blocking: z.boolean(),
  ticketId: z.string().optional(),
  due: InstantSchema.optional(),
  details: z.record(z.string(), z.unknown()),
  because: z.array(ReasonSchema),
  docs: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const EvaluationSchema = z.strictObject({
  incidentId: z.string(),
  ticketId: z.string().optional(),
  evaluatedAt: InstantSchema,
  /** True when any decision is blocking: something must not happen yet. */
  blocked: z.boolean(),
  decisions: z.array(DecisionSchema),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;
