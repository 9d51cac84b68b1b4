import type { Hono } from "hono";
import { z } from "zod";
import { JSON_HEADERS, type ServerEnv } from "../http/env.js";
import { HttpError } from "../http/errors.js";
import { RuleIndexSchema } from "../policy/schemas.js";
import { callerOf } from "./policy-route.js";
import type { RouteDeps } from "./route-deps.js";

export const HealthSchema = z.strictObject({ status: z.literal("ok") });
export const ReadySchema = z.strictObject({
  status: z.literal("ready"),
  policyVersion: z.string(),
});

/** Whether the server takes requests: false until the policy is warmed up. */
export interface Readiness {
  ready: boolean;
}

const HEALTH = JSON.stringify({ status: "ok" } satisfies z.infer<typeof HealthSchema>);

export function addInfoRoutes(
  app: Hono<ServerEnv>,
  deps: RouteDeps,
  options: { readiness: Readiness; openApiDocument: () => string },
): void {
  const ready = JSON.stringify({ status: "ready", policyVersion: deps.policy.version.label });
  const rules = JSON.stringify(RuleIndexSchema.parse(deps.policy.rules()));
  let openApi: string | undefined;

  app.get("/health", (c) => {
    c.set("route", "/health");
    return c.body(HEALTH, 200, JSON_HEADERS);
  });
  app.get("/ready", (c) => {
    c.set("route", "/ready");
    if (!options.readiness.ready) {
      throw new HttpError(503, "not_ready", "The policy is still warming up.", {
        headers: { "Retry-After": "1" },
      });
    }
    return c.body(ready, 200, JSON_HEADERS);
  });
  app.get("/openapi.json", (c) => {
    c.set("route", "/openapi.json");
    openApi ??= options.openApiDocument();
    return c.body(openApi, 200, JSON_HEADERS);
  });
  app.get("/metrics", async (c) => {
    c.set("route", "/metrics");
    callerOf(c, deps);
    const text = await deps.metrics.registry.metrics();
    return c.body(text, 200, { "Content-Type": deps.metrics.registry.contentType });
  });
  app.get("/v1/rules", (c) => {
    c.set("route", "/v1/rules");
    deps.rateLimit.take(callerOf(c, deps));
    return c.body(rules, 200, { ...JSON_HEADERS, "Policy-Version": deps.policy.version.label });
  });
}
