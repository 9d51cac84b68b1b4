import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** What /metrics shows, in one registry per server (tests run several side by side). */
export interface ServerMetrics {
  readonly registry: Registry;
  request(route: string, method: string, status: number, seconds: number): void;
  decisions(route: string, decisions: ReadonlyArray<{ action: string; blocking: boolean }>): void;
  inputError(route: string, code: string): void;
  webhook(vendor: string, outcome: string): void;
  readonly inFlight: Gauge;
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
  return {
    registry,
    inFlight,
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
