import type { Redactor } from "@support/api-core";
import type { TokenSet } from "../http/auth.js";
import type { RateLimit } from "../http/rate-limit.js";
import type { DecisionLog } from "../log/decision-log.js";
import type { ServerMetrics } from "../metrics.js";
import type { PolicyAdapter } from "../policy/adapter.js";

/** What the route handlers share, built once per server. */
export interface RouteDeps {
  policy: PolicyAdapter;
  tokens: TokenSet;
  rateLimit: RateLimit;
  bodyLimit: number;
  decisionLog: DecisionLog;
  metrics: ServerMetrics;
  redactor: Redactor;
  /** Wall clock in ms (log times, webhook timestamps). */
  now: () => number;
  newId: () => string;
}
