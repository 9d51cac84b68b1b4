import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** What /metrics shows, in one registry per server (tests run several side by side). */
export interface ServerMetrics {
  readonly registry: Registry;
  request(route: string, method: string, status: number, seconds: number): void;
  decisions(route: string, decisions: ReadonlyArray<{ action: string; blocking: boolean }>): void;
  inputError(route: string, code: string): void;
  webhook(vendor: string, outcome: string): void;
  /** A webhook event handed to the re-evaluation queue: queued, coalesced or dropped. */
  reevaluationQueued(kind: string, outcome: string): void;
  /** A re-evaluation (of an incident, or a ticket's look-up of its incidents) ran: ok or failed. */
  reevaluation(kind: string, outcome: string): void;
  /** A notice of a blocking decision: posted, already_posted, cannot, failed. */
  slackPost(outcome: string): void;
  readonly inFlight: Gauge;
  /** Re-evaluations waiting in the queue. */
  readonly queueDepth: Gauge;
}

// From half a millisecond (a health check) to ten seconds (a huge evaluate-incident).
const LATENCY_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10,
];

export function createMetrics(options: { processMetrics: boolean }): ServerMetrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const counter = (name: string, help: string, labelNames: string[]) =>
    new Counter({ name: `policy_server_${name}`, help, labelNames, registers: [registry] });
  const requests = counter(
    "requests_total",
    "HTTP requests answered, by route, method and status.",
    ["route", "method", "status"],
  );
  const latency = new Histogram({
    name: "policy_server_request_duration_seconds",
    help: "Time to answer a request, by route and method.",
    labelNames: ["route", "method"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const decisions = counter(
    "decisions_total",
    "Decisions returned, by route, action and whether they block.",
    ["route", "action", "blocking"],
  );
  const inputErrors = counter(
    "input_errors_total",
    "Requests refused for their input (bad JSON, invalid fields, size, content type), by route and code.",
    ["route", "code"],
  );
  const webhooks = counter("webhooks_total", "Vendor webhook deliveries, by vendor and outcome.", [
    "vendor",
    "outcome",
  ]);
  const inFlight = new Gauge({
    name: "policy_server_in_flight_requests",
    help: "Requests being answered right now.",
    registers: [registry],
  });
  const queued = counter(
    "reevaluation_requests_total",
    "Webhook events handed to the re-evaluation queue, by kind (incident, ticket) and outcome (queued, coalesced, dropped).",
    ["kind", "outcome"],
  );
  const reevaluations = counter(
    "reevaluations_total",
    "Re-evaluations from live data run, by kind (incident, ticket) and outcome (ok, failed).",
    ["kind", "outcome"],
  );
  const posts = counter(
    "slack_posts_total",
    "Notices of newly blocking decisions for the workflow thread, by outcome (posted, already_posted, cannot, failed).",
    ["outcome"],
  );
  const queueDepth = new Gauge({
    name: "policy_server_reevaluation_queue_depth",
    help: "Re-evaluations waiting to run.",
    registers: [registry],
  });
  return {
    registry,
    inFlight,
    queueDepth,
    reevaluationQueued: (kind, outcome) => queued.inc({ kind, outcome }),
    reevaluation: (kind, outcome) => reevaluations.inc({ kind, outcome }),
    slackPost: (outcome) => posts.inc({ outcome }),
    request(route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) });
      latency.observe({ route, method }, seconds);
    },
    decisions(route, list) {
      for (const { action, blocking } of list) {
        decisions.inc({ route, action, blocking: String(blocking) });
      }
    },
    inputError: (route, code) => inputErrors.inc({ route, code }),
    webhook: (vendor, outcome) => webhooks.inc({ vendor, outcome }),
  };
}
