import { PolicyInputError } from "@support/policy";
import { z } from "zod";
import { authenticate } from "../http/auth.js";
import { parseJson, readBody, requireJsonContentType } from "../http/body.js";
import type { ServerContext } from "../http/env.js";
import { formatPath, HttpError, invalidInput, issuesFromZod } from "../http/errors.js";
import { type DecisionLogEntry, inputHash } from "../log/decision-log.js";
import type { Decided, PolicyAdapter } from "../policy/adapter.js";
import type { RouteDeps } from "./route-deps.js";

type Summary = Pick<DecisionLogEntry, "decisions" | "findings" | "matches">;

/** A POST route that answers with exactly the policy's result, as JSON. */
export interface PolicyRoute<Body, Result> {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  /** The request body, from the policy's schemas (the OpenAPI document shows this). */
  request: z.ZodObject;
  /**
   * "policy": only the body's keys are checked here and the policy validates every field (its
   * PolicyInputError becomes the 400); "server": the whole body is checked against `request`.
   */
  validation: "policy" | "server";
  response: z.ZodType;
  run(policy: PolicyAdapter): (body: Body) => Promise<Decided<Result>> | Decided<Result>;
  summarize(result: Result): Summary;
}

/** The request's keys only, each value left for the policy to judge. */
export function envelopeOf(request: z.ZodObject): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(request.shape as Record<string, z.ZodType>)) {
    // The server fills its defaults into the context, so that one must at least be an object.
    if (key === "context") shape[key] = z.record(z.string(), z.unknown()).optional();
    else if (field.safeParse(undefined).success) shape[key] = z.unknown().optional();
    else shape[key] = z.unknown().nonoptional({ error: "Required" });
  }
  return z.strictObject(shape);
}

/** The caller's token id, or "local" when the server runs without tokens. */
export function callerOf(c: ServerContext, deps: RouteDeps): string {
  if (deps.tokens.size === 0) return "local";
  return authenticate(c.req.header("authorization") ?? null, deps.tokens);
}

/** A PolicyInputError as the 400 body, each field path starting at the request body key. */
export function fromPolicyInputError(error: PolicyInputError): HttpError {
  return invalidInput(
    error.issues.map((issue) => ({
      path: formatPath([issue.input, ...issue.path]),
      message: issue.message,
    })),
  );
}

export function handlePolicyRoute<Body, Result>(
  route: PolicyRoute<Body, Result>,
  deps: RouteDeps,
): (c: ServerContext) => Promise<Response> {
  const check = route.validation === "server" ? route.request : envelopeOf(route.request);
  const run = route.run(deps.policy);
  const version = deps.policy.version.label;
  return async (c) => {
    c.set("route", route.path);
    const tokenId = callerOf(c, deps);
    const decisionId = deps.newId();
    c.set("decisionId", decisionId);
    const entry = (status: number): DecisionLogEntry => ({
      decision_id: decisionId,
      time: new Date(deps.now()).toISOString(),
      route: route.path,
      status,
      token_id: tokenId,
      duration_ms: Math.round((performance.now() - c.get("started")) * 1000) / 1000,
      policy_version: version,
    });
    try {
      deps.rateLimit.take(tokenId);
      requireJsonContentType(c.req.raw);
      const json = parseJson(await readBody(c.req.raw, deps.bodyLimit));
      const parsed = check.safeParse(json);
      if (!parsed.success) throw invalidInput(issuesFromZod(parsed.error));
      const { result, input } = await run(parsed.data as Body);
      const checked = route.response.safeParse(result);
      if (!checked.success) {
        throw new Error(
          `The policy's answer on ${route.path} does not match its schema: ${z.prettifyError(checked.error)}`,
        );
      }
      const body = JSON.stringify(result);
      const summary = route.summarize(result);
      deps.metrics.decisions(route.path, summary.decisions ?? []);
      deps.decisionLog.record({ ...entry(200), input_hash: inputHash(input), ...summary }, input);
      return c.body(body, 200, {
        "Content-Type": "application/json",
        "Decision-Id": decisionId,
        "Policy-Version": version,
      });
    } catch (thrown) {
      const error = thrown instanceof PolicyInputError ? fromPolicyInputError(thrown) : thrown;
      const failed = error instanceof HttpError ? error : undefined;
      const fields = failed?.issues?.map((issue) => issue.path);
      deps.decisionLog.record({
        ...entry(failed?.status ?? 500),
        error: { code: failed?.code ?? "internal_error", ...(fields ? { fields } : {}) },
      });
      throw error;
    }
  };
}
