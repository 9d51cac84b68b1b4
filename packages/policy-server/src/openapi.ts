// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import {
  ConfigSchema,
  DecisionSchema,
  EvaluationSchema,
  IncidentSchema,
  PersonSchema,
  TicketSchema,
} from "@support/policy";
import { z } from "zod";
import { ErrorBodySchema } from "./http/errors.js";
import {
  FindingSchema,
  RequestContextSchema,
  RuleIndexSchema,
  TicketMatchSchema,
} from "./policy/schemas.js";
import { HealthSchema, ReadySchema } from "./routes/info-routes.js";
import type { PolicyRoute } from "./routes/policy-route.js";
import { POLICY_ROUTES } from "./routes/policy-routes.js";
import { WEBHOOK_PATHS, WEBHOOK_SECRET_ENV, WebhookResultSchema } from "./routes/webhook-routes.js";
import { SERVER_NAME, SERVER_VERSION } from "./version.js";

type Json = Record<string, unknown>;
type Meta = { id: string };

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: Json) => ({ "application/json": { schema } });

/**
 * Components: request parts as the policy accepts them, answers as it returns them. Each route's
 * request and response schema is registered under an id, which its operation refers to.
 */
function components(routes: readonly PolicyRoute<unknown, unknown>[]) {
  const inputs = z.registry<Meta>();
  inputs.add(IncidentSchema, { id: "Incident" });
  inputs.add(TicketSchema, { id: "Ticket" });
  inputs.add(PersonSchema, { id: "Person" });
  inputs.add(ConfigSchema, { id: "Config" });
  inputs.add(RequestContextSchema, { id: "RequestContext" });
  for (const route of routes) inputs.add(route.request, { id: requestId(route) });

  const outputs = z.registry<Meta>();
  outputs.add(EvaluationSchema, { id: "Evaluation" });
  outputs.add(DecisionSchema, { id: "Decision" });
  outputs.add(FindingSchema, { id: "Finding" });
  outputs.add(TicketMatchSchema, { id: "TicketMatch" });
  outputs.add(RuleIndexSchema, { id: "RuleIndex" });
  outputs.add(ErrorBodySchema, { id: "Error" });
  outputs.add(HealthSchema, { id: "Health" });
  outputs.add(ReadySchema, { id: "Ready" });
  outputs.add(WebhookResultSchema, { id: "WebhookResult" });
  for (const route of routes) {
    if (!outputs.has(route.response)) outputs.add(route.response, { id: responseId(route) });
  }

  const uri = (id: string) => `#/components/schemas/${id}`;
  const schemas = {
    ...z.toJSONSchema(inputs, { io: "input", uri }).schemas,
    ...z.toJSONSchema(outputs, { io: "output", uri }).schemas,
  } as Record<string, Json>;
  for (const schema of Object.values(schemas)) delete schema.$schema;
  const idOf = (registry: typeof inputs, schema: z.ZodType) => {
    const id = registry.get(schema)?.id;
    if (id === undefined) throw new Error("every route schema is registered above");
    return id;
  };
  return {
    schemas,
    requestRef: (route: PolicyRoute<unknown, unknown>) => ref(idOf(inputs, route.request)),
    responseRef: (route: PolicyRoute<unknown, unknown>) => ref(idOf(outputs, route.response)),
  };
}

const capitalised = (id: string) => `${id[0]?.toUpperCase() ?? ""}${id.slice(1)}`;
const requestId = (route: PolicyRoute<unknown, unknown>) =>
  `${capitalised(route.operationId)}Request`;
const responseId = (route: PolicyRoute<unknown, unknown>) =>
  `${capitalised(route.operationId)}Response`;

const error = (description: string) => ({ description, content: json(ref("Error")) });
const bearer = [{ bearerToken: [] }];

const COMMON_ERRORS = {
  "401": error("No valid bearer token (only when the server has tokens)."),
  "429": error("Over the per-token rate limit; see Retry-After."),
  "500": error("The server failed; nothing about the failure but its decision id is returned."),
  "503": error("The server is shutting down; retry on another instance."),
};
const BODY_ERRORS = {
  "400": error("The body is not JSON, or a field is invalid (`invalid_input` lists each one)."),
  "413": error("The body is over the server's limit (1 MiB unless configured)."),
  "415": error("The body is sent as something other than application/json."),
};

function policyOperation(
  route: PolicyRoute<unknown, unknown>,
  refs: Pick<ReturnType<typeof components>, "requestRef" | "responseRef">,
) {
  return {
    post: {
      operationId: route.operationId,
      summary: route.summary,
      description: route.description,
      security: bearer,
      requestBody: { required: true, content: json(refs.requestRef(route)) },
      responses: {
        "200": {
          description: "The policy's answer, exactly as the library returns it.",
          headers: {
            "Decision-Id": {
              description: "Cite it: the decision log line for this answer has the same id.",
              schema: { type: "string" },
            },
            "Policy-Version": {
              description: "The @support/policy version and a hash of its rule set.",
              schema: { type: "string" },
            },
          },
          content: json(refs.responseRef(route)),
        },
        ...BODY_ERRORS,
        ...COMMON_ERRORS,
      },
    },
  };
}

const getOperation = (
  operationId: string,
  summary: string,
  schema: Json,
  options: { secured?: boolean; contentType?: string; extra?: Json } = {},
) => ({
  get: {
    operationId,
    summary,
    security: options.secured ? bearer : [],
    responses: {
      "200": {
        description: summary,
        content: { [options.contentType ?? "application/json"]: { schema } },
      },
      ...(options.secured ? COMMON_ERRORS : { "503": COMMON_ERRORS["503"] }),
      ...options.extra,
    },
  },
});

function webhookOperation(vendor: keyof typeof WEBHOOK_PATHS, headers: string[], summary: string) {
  return {
    post: {
      operationId: vendor === "zendesk" ? "zendeskWebhook" : "incidentIoWebhook",
      summary,
      description: `Verified with the signing secret in ${WEBHOOK_SECRET_ENV[vendor]}; without it the route answers 503.`,
      security: [],
      parameters: headers.map((name) => ({
        name,
        in: "header",
        required: true,
        schema: { type: "string" },
      })),
      requestBody: { required: true, content: json({ type: "object" }) },
      responses: {
        "200": {
          description: "Verified and handed on, or ignored.",
          content: json(ref("WebhookResult")),
        },
        "400": BODY_ERRORS["400"],
        "401": error("The signature is missing or wrong, or the timestamp is stale."),
        "409": error("This delivery was already received."),
        "413": BODY_ERRORS["413"],
        "415": BODY_ERRORS["415"],
        "500": error("The event could not be handled; the vendor may retry."),
        "503": error(
          "The webhook is disabled (no signing secret), or the server is shutting down.",
        ),
      },
    },
  };
}

export function openApiDocument(policyVersion: string): Json {
  const routes = POLICY_ROUTES as readonly PolicyRoute<unknown, unknown>[];
  const parts = components(routes);
  return {
    openapi: "3.1.0",
    info: {
      title: SERVER_NAME,
      version: SERVER_VERSION,
      description: `The support incident-response policy over HTTP (policy ${policyVersion}). Every answer is exactly what @support/policy returns.`,
    },
    paths: {
      ...Object.fromEntries(routes.map((route) => [route.path, policyOperation(route, parts)])),
      "/v1/rules": getOperation(
        "rules",
        "Every rule by handbook section, and the lint rules",
        ref("RuleIndex"),
        {
          secured: true,
        },
      ),
      "/health": getOperation("health", "The process is up", ref("Health")),
      "/ready": getOperation(
        "ready",
        "The policy is loaded and the server takes requests",
        ref("Ready"),
      ),
      "/metrics": getOperation(
        "metrics",
        "Prometheus metrics",
        { type: "string" },
        {
          secured: true,
          contentType: "text/plain",
        },
      ),
      "/openapi.json": getOperation("openApi", "This document", { type: "object" }),
      [WEBHOOK_PATHS["incident-io"]]: webhookOperation(
        "incident-io",
        ["webhook-id", "webhook-timestamp", "webhook-signature"],
        "incident.io webhook deliveries",
      ),
      [WEBHOOK_PATHS.zendesk]: webhookOperation(
        "zendesk",
        ["X-Zendesk-Webhook-Signature", "X-Zendesk-Webhook-Signature-Timestamp"],
        "Zendesk webhook deliveries",
      ),
    },
    components: {
      schemas: parts.schemas,
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "One of the tokens in SUPPORT_POLICY_TOKENS (or its file).",
        },
      },
    },
  };
}
