import { randomUUID } from "node:crypto";
import { createRedactor, type Redactor } from "@support/api-core";
import { PolicyInputError } from "@support/policy";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { secureHeaders } from "hono/secure-headers";
import { createTokenSet, type TokenSet } from "./http/auth.js";
import { DEFAULT_BODY_LIMIT } from "./http/body.js";
import { JSON_HEADERS, type ServerContext, type ServerEnv } from "./http/env.js";
import { errorBody, HttpError } from "./http/errors.js";
import { createRateLimit } from "./http/rate-limit.js";
import { createDecisionLog, type LogSink } from "./log/decision-log.js";
import { createMetrics, type ServerMetrics } from "./metrics.js";
import { openApiDocument } from "./openapi.js";
import type { PolicyAdapter } from "./policy/adapter.js";
import { addInfoRoutes, type Readiness } from "./routes/info-routes.js";
import {
  fromPolicyInputError,
  handlePolicyRoute,
  type PolicyRoute,
} from "./routes/policy-route.js";
import { POLICY_ROUTES } from "./routes/policy-routes.js";
import type { RouteDeps } from "./routes/route-deps.js";
import { addWebhookRoutes, type WebhookOptions } from "./routes/webhook-routes.js";
import type { WebhookDeps, WebhookHandlers } from "./webhooks/events.js";
import { DEFAULT_TOLERANCE_SECONDS } from "./webhooks/signatures.js";

/** The default per-token limit: 6,000 requests a minute (100 a second, bursts up to 6,000). */
export const DEFAULT_RATE_LIMIT = 6000;

export interface AppOptions {
  policy: PolicyAdapter;
  /** Bearer tokens; none means the server is for this machine only (the CLI binds 127.0.0.1). */
  tokens?: readonly string[];
  bodyLimit?: number;
  /** Requests a minute per token; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  /** Origins allowed to call from a browser; none means no CORS headers at all. */
  corsOrigins?: readonly string[];
  /** Where the decision log goes: one JSON line per write. */
  logSink: LogSink;
  /** Keep whole inputs in the log instead of masking customer text. */
  logInputs?: boolean;
  webhooks?: Partial<Omit<WebhookOptions, "handlers">> & {
    /** The handlers, or a function making them from the server's metrics, log and redactor. */
    handlers?: WebhookHandlers | ((deps: WebhookDeps) => WebhookHandlers);
  };
  /** More secrets to scrub from every log line (the vendor credentials webhooks read with). */
  secrets?: readonly string[];
  /** Wall clock in ms: log times, rate limits, webhook timestamps. */
  now?: () => number;
  newId?: () => string;
  /** Operator diagnostics (stderr in the CLI): failures with their stack, redacted. */
  logError?: (line: string) => void;
  /** Process metrics (memory, CPU, event loop) on /metrics; on unless turned off. */
  processMetrics?: boolean;
}

export interface PolicyServerApp {
  readonly app: Hono<ServerEnv>;
  readonly fetch: (request: Request) => Response | Promise<Response>;
  readonly metrics: ServerMetrics;
  readonly readiness: Readiness;
  readonly redactor: Redactor;
  /** Requests being answered. */
  inFlight(): number;
  /** From now on every request gets 503; resolves when the in-flight ones have finished. */
  drain(): Promise<void>;
  readonly draining: boolean;
  /** Flushes and closes the decision log. */
  closeLog(): Promise<void>;
  /** Builds the policy's rule engines, then marks the server ready (/ready answers 200). */
  warmUp(): Promise<void>;
}

const NO_HANDLERS = { onIncidentEvent() {}, onTicketEvent() {} };

export function createApp(options: AppOptions): PolicyServerApp {
  const now = options.now ?? Date.now;
  const tokens: TokenSet = createTokenSet(options.tokens ?? []);
  const redactor = createRedactor([
    ...(options.tokens ?? []),
    ...(options.secrets ?? []),
    options.webhooks?.zendeskSecret,
    options.webhooks?.incidentIoKey?.toString("base64"),
  ]);
  const decisionLog = createDecisionLog({
    sink: options.logSink,
    logInputs: options.logInputs ?? false,
    redactor,
  });
  const metrics = createMetrics({ processMetrics: options.processMetrics ?? true });
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  const deps: RouteDeps = {
    policy: options.policy,
    tokens,
    rateLimit: createRateLimit(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT, now),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    decisionLog,
    metrics,
    redactor,
    now,
    newId: options.newId ?? randomUUID,
  };
  const readiness: Readiness = { ready: false };
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const app = new Hono<ServerEnv>();

  // Timing, the in-flight count and metrics for every request, whatever answers it.
  app.use(async (c, next) => {
    c.set("started", performance.now());
    inFlight += 1;
    metrics.inFlight.inc();
    try {
      await next();
    } finally {
      inFlight -= 1;
      metrics.inFlight.dec();
      const seconds = (performance.now() - c.get("started")) / 1000;
      metrics.request(c.get("route") ?? "unmatched", c.req.method, c.res.status, seconds);
      if (draining && inFlight === 0) drained?.();
    }
  });
  // An API answers JSON only: nothing may be framed, sniffed, cached or run as a page.
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: "DENY",
    }),
  );
  app.use(async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
  });
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use(
      cors({
        origin: [...options.corsOrigins],
        allowMethods: ["GET", "POST"],
        allowHeaders: ["Authorization", "Content-Type"],
        exposeHeaders: ["Decision-Id", "Policy-Version", "Retry-After"],
        maxAge: 600,
      }),
    );
  }
  app.use(async (_c, next) => {
    if (draining) {
      throw new HttpError(503, "shutting_down", "The server is shutting down; retry elsewhere.", {
        headers: { Connection: "close", "Retry-After": "1" },
      });
    }
    await next();
  });
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        respondWithError(
          c,
          new HttpError(
            405,
            "method_not_allowed",
            `${c.req.method} is not allowed here; use ${methods.join(", ")}.`,
            {
              headers: { Allow: methods.join(", ") },
            },
          ),
        ),
    }),
  );

  for (const route of POLICY_ROUTES as readonly PolicyRoute<unknown, unknown>[]) {
    app.post(route.path, handlePolicyRoute(route, deps));
  }
  addInfoRoutes(app, deps, {
    readiness,
    openApiDocument: () => JSON.stringify(openApiDocument(options.policy.version.label)),
  });
  const handlers = options.webhooks?.handlers ?? NO_HANDLERS;
  addWebhookRoutes(app, deps, {
    toleranceSeconds: options.webhooks?.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    handlers:
      typeof handlers === "function"
        ? handlers({
            metrics,
            decisionLog,
            redactor,
            now,
            newId: deps.newId,
            policyVersion: options.policy.version.label,
            logError: (line) => logError(redactor.text(line)),
          })
        : handlers,
    ...(options.webhooks?.disabled ? { disabled: options.webhooks.disabled } : {}),
    ...(options.webhooks?.incidentIoKey ? { incidentIoKey: options.webhooks.incidentIoKey } : {}),
    ...(options.webhooks?.zendeskSecret ? { zendeskSecret: options.webhooks.zendeskSecret } : {}),
  });

  app.notFound((c) =>
    respondWithError(
      c,
      new HttpError(404, "not_found", `There is no ${c.req.path} here; see /openapi.json.`),
    ),
  );
  app.onError((thrown, c) => {
    const error =
      thrown instanceof HttpError
        ? thrown
        : thrown instanceof PolicyInputError
          ? fromPolicyInputError(thrown)
          : undefined;
    if (error && [400, 413, 415].includes(error.status)) {
      metrics.inputError(c.get("route") ?? "unmatched", error.code);
    }
    const cause = error?.cause ?? (error ? undefined : thrown);
    if (cause !== undefined) {
      const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
      logError(
        redactor.text(
          JSON.stringify({
            level: "error",
            time: new Date(now()).toISOString(),
            route: c.get("route") ?? "unmatched",
            decision_id: c.get("decisionId"),
            error: detail,
          }),
        ),
      );
    }
    return respondWithError(
      c,
      error ??
        new HttpError(
          500,
          "internal_error",
          `The server failed to answer; the failure is logged${c.get("decisionId") ? ` under decision id ${c.get("decisionId")}` : ""}.`,
        ),
    );
  });

  return {
    app,
    fetch: (request) => app.fetch(request),
    metrics,
    readiness,
    redactor,
    inFlight: () => inFlight,
    get draining() {
      return draining;
    },
    closeLog: () => decisionLog.close(),
    async warmUp() {
      await options.policy.warmUp();
      readiness.ready = true;
    },
    drain() {
      draining = true;
      return new Promise((resolve) => {
        if (inFlight === 0) resolve();
        else drained = resolve;
      });
    },
  };
}

function respondWithError(c: ServerContext, error: HttpError): Response {
  const decisionId = c.get("decisionId");
  return c.body(errorBody(error), error.status as 400, {
    ...JSON_HEADERS,
    ...error.headers,
    ...(decisionId ? { "Decision-Id": decisionId } : {}),
  });
}
