export { type Config, type ConfigInput, ConfigSchema } from "./config.js";
export { type Context, type ContextInput, ContextSchema } from "./context.js";
export {
  type Action,
  ActionSchema,
  type Decision,
  DecisionSchema,
  type Evaluation,
  EvaluationSchema,
  INCIDENT_ACTIONS,
  OWNERS,
  type Owner,
  QUEUE_ACTIONS,
  type Reason,
  TICKET_ACTIONS,
} from "./decision.js";
export {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentInput,
  IncidentSchema,
  type IncidentStatus,
  type Severity,
} from "./incident.js";
export { type Person, PersonSchema } from "./person.js";
export { WEEKDAYS, type Weekday, type WorkingInterval } from "./primitives.js";
export {
  type SuggestContext,
  type SuggestContextInput,
  SuggestContextSchema,
} from "./suggest-context.js";
export { type Ticket, type TicketInput, TicketSchema } from "./ticket.js";
