export { FindingSchema, MatchReasonSchema, PersonRefSchema } from "../details/schemas.js";
export { type Config, type ConfigInput, ConfigSchema } from "./config.js";
export { type Context, type ContextInput, ContextSchema, TeamSchema } from "./context.js";
export {
  ACTIONS,
  type Action,
  ActionSchema,
  type Decision,
  type DecisionOf,
  DecisionSchema,
  type DetailsOf,
  INCIDENT_ACTIONS,
  isDecision,
  OWNERS,
  type Owner,
  OwnerSchema,
  QUEUE_ACTIONS,
  type Reason,
  ReasonSchema,
  TICKET_ACTIONS,
} from "./decision.js";
export {
  CoverageSchema,
  type Evaluation,
  EvaluationSchema,
  type IncidentEvaluation,
  IncidentEvaluationSchema,
  type TicketEvaluation,
  TicketEvaluationSchema,
  TicketMatchSchema,
  type TicketState,
  TicketStateSchema,
} from "./evaluation.js";
export {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentInput,
  IncidentSchema,
  type IncidentStatus,
  IncidentStatusSchema,
  SEVERITIES,
  type Severity,
  SeveritySchema,
} from "./incident.js";
export { LIMITS } from "./limits.js";
export { type Person, PersonSchema } from "./person.js";
export { WEEKDAYS, type Weekday, type WorkingInterval } from "./primitives.js";
export {
  type SuggestContext,
  type SuggestContextInput,
  SuggestContextSchema,
} from "./suggest-context.js";
export { TICKET_STATUSES, type Ticket, type TicketInput, TicketSchema } from "./ticket.js";
