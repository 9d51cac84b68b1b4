import {
  type Decision,
  type Evaluation,
  EvaluationSchema,
  type Finding,
  type IncidentEvaluation,
  IncidentEvaluationSchema,
  type TicketMatch,
} from "@support/policy";
import type {
  EvaluateBody,
  EvaluateIncidentBody,
  LintBody,
  MatchBody,
  SuggestIncidentsBody,
} from "../policy/adapter.js";
import {
  DecisionListSchema,
  EvaluateIncidentRequestSchema,
  EvaluateRequestSchema,
  FindingListSchema,
  LintRequestSchema,
  MatchRequestSchema,
  SuggestIncidentsRequestSchema,
  TicketMatchListSchema,
} from "../policy/schemas.js";
import type { PolicyRoute } from "./policy-route.js";

const brief = ({ action, ruleId, ticketId, blocking }: Decision) => ({
  action,
  ruleId,
  ...(ticketId === undefined ? {} : { ticketId }),
  blocking,
});

const evaluateRoute: PolicyRoute<EvaluateBody, Evaluation> = {
  path: "/v1/evaluate",
  operationId: "evaluate",
  summary: "Decisions about an incident, or about one of its tickets",
  description:
    "The body is exactly the policy's Evaluation, byte for byte what `evaluate(incident, ticket, context)` returns.",
  request: EvaluateRequestSchema,
  validation: "policy",
  response: EvaluationSchema,
  run: (policy) => (body) => policy.evaluate(body),
  summarize: (result) => ({ decisions: result.decisions.map(brief) }),
};

const evaluateIncidentRoute: PolicyRoute<EvaluateIncidentBody, IncidentEvaluation> = {
  path: "/v1/evaluate-incident",
  operationId: "evaluateIncident",
  summary: "Decisions about an incident and each of its tickets",
  description:
    "What `evaluateIncident(incident, tickets, context)` returns; without `context.queue` the tickets are the queue.",
  request: EvaluateIncidentRequestSchema,
  validation: "policy",
  response: IncidentEvaluationSchema,
  run: (policy) => (body) => policy.evaluateIncident(body),
  summarize: (result) => ({
    decisions: [...result.decisions, ...result.tickets.flatMap((one) => one.decisions)].map(brief),
  }),
};

const suggestIncidentsRoute: PolicyRoute<SuggestIncidentsBody, Decision[]> = {
  path: "/v1/suggest-incidents",
  operationId: "suggestIncidents",
  summary: "Tickets in the queue that together suggest raising an incident",
  description:
    "What `suggestIncidents(queue, { now, liveIncidents, config })` returns: one decision per cluster of related tickets.",
  request: SuggestIncidentsRequestSchema,
  validation: "policy",
  response: DecisionListSchema,
  run: (policy) => (body) => policy.suggestIncidents(body),
  summarize: (result) => ({ decisions: result.map(brief) }),
};

const lintRoute: PolicyRoute<LintBody, Finding[]> = {
  path: "/v1/lint",
  operationId: "lint",
  summary: "Check a status page update, macro or reply against the handbook",
  description: "What `lint(kind, text, context)` returns: the findings, in text order.",
  request: LintRequestSchema,
  validation: "server",
  response: FindingListSchema,
  run: (policy) => (body) => policy.lint(body),
  summarize: (result) => ({
    findings: result.map(({ rule, severity }) => ({ rule, severity })),
  }),
};

const matchRoute: PolicyRoute<MatchBody, TicketMatch[]> = {
  path: "/v1/match",
  operationId: "matchTickets",
  summary: "Which tickets look related to the incident, and why",
  description: "What `matchTickets(incident, tickets, config)` returns, in ticket order.",
  request: MatchRequestSchema,
  validation: "policy",
  response: TicketMatchListSchema,
  run: (policy) => (body) => policy.matchTickets(body),
  summarize: (result) => ({
    matches: result.map(({ ticketId, reasons }) => ({
      ticketId,
      reasons: reasons.map((reason) => reason.kind),
    })),
  }),
};

// Written out so each route keeps its own body and result types.
export const POLICY_ROUTES = [
  evaluateRoute,
  evaluateIncidentRoute,
  suggestIncidentsRoute,
  lintRoute,
  matchRoute,
] as const;
