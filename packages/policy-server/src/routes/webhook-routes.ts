import type { Hono } from "hono";
import { z } from "zod";
import { parseJson, readBody, requireJsonContentType } from "../http/body.js";
import { JSON_HEADERS, type ServerContext, type ServerEnv } from "../http/env.js";
import { HttpError } from "../http/errors.js";
import {
  incidentIoSubject,
  type WebhookEvent,
  type WebhookHandlers,
  zendeskSubject,
} from "../webhooks/events.js";
import { createReplayGuard } from "../webhooks/replay-guard.js";
import { type VerifiedDelivery, verifyIncidentIo, verifyZendesk } from "../webhooks/signatures.js";
import type { RouteDeps } from "./route-deps.js";

/** Signing secrets from the environment; a vendor without one has its route disabled. */
export interface WebhookOptions {
  /** The HMAC key from incident.io's whsec_ signing secret. */
  incidentIoKey?: Buffer;
  /** Zendesk's signing secret. */
  zendeskSecret?: string;
  toleranceSeconds: number;
  handlers: WebhookHandlers;
  /**
   * Why a route is disabled although its secret may be set (the bin disables both without vendor
   * credentials to re-evaluate with); the 503 says it.
   */
  disabled?: Partial<Record<WebhookVendor, string>>;
}

export const WEBHOOK_PATHS = {
  "incident-io": "/v1/webhooks/incident-io",
  zendesk: "/v1/webhooks/zendesk",
} as const;
export type WebhookVendor = keyof typeof WEBHOOK_PATHS;

/** The environment variable that enables each vendor's route. */
export const WEBHOOK_SECRET_ENV: Record<WebhookVendor, string> = {
  "incident-io": "INCIDENT_IO_WEBHOOK_SECRET",
  zendesk: "ZENDESK_WEBHOOK_SECRET",
};

export const WebhookResultSchema = z.strictObject({
  status: z.enum(["accepted", "ignored"]),
  event: z.string().describe("The vendor's event type (`trigger` for a Zendesk trigger body)."),
  incidentId: z.string().optional(),
  ticketId: z.string().optional(),
});

interface Vendor {
  name: WebhookVendor;
  verify(headers: Headers, body: Uint8Array, nowMs: number): VerifiedDelivery;
  /** Hands the event to its handler; the result is what the response says. */
  dispatch(
    payload: unknown,
    event: Omit<WebhookEvent, "type">,
  ): Promise<z.infer<typeof WebhookResultSchema>>;
}

export function addWebhookRoutes(app: Hono<ServerEnv>, deps: RouteDeps, options: WebhookOptions) {
  const { handlers, toleranceSeconds } = options;
  // A delivery stays acceptable while its timestamp is within the tolerance either side.
  const replays = createReplayGuard(2 * toleranceSeconds * 1000);
  const check = { toleranceSeconds };

  const incidentIo: Vendor | undefined = options.incidentIoKey && {
    name: "incident-io",
    verify: (headers, body, nowMs) =>
      verifyIncidentIo(options.incidentIoKey as Buffer, { headers, body, nowMs, ...check }),
    async dispatch(payload, event) {
      const { type, incidentId } = incidentIoSubject(payload);
      if (incidentId === undefined) return { status: "ignored", event: type };
      await handlers.onIncidentEvent(incidentId, { ...event, type });
      return { status: "accepted", event: type, incidentId };
    },
  };
  const zendesk: Vendor | undefined = options.zendeskSecret
    ? {
        name: "zendesk",
        verify: (headers, body, nowMs) =>
          verifyZendesk(options.zendeskSecret as string, { headers, body, nowMs, ...check }),
        async dispatch(payload, event) {
          const { type, ticketId } = zendeskSubject(payload);
          if (ticketId === undefined) return { status: "ignored", event: type };
          await handlers.onTicketEvent(ticketId, { ...event, type });
          return { status: "accepted", event: type, ticketId };
        },
      }
    : undefined;

  for (const name of Object.keys(WEBHOOK_PATHS) as WebhookVendor[]) {
    const vendor = options.disabled?.[name]
      ? undefined
      : name === "incident-io"
        ? incidentIo
        : zendesk;
    const path = WEBHOOK_PATHS[name];
    app.post(path, async (c) => {
      c.set("route", path);
      try {
        return await receive(c, vendor, name);
      } catch (error) {
        const outcome = error instanceof HttpError ? error.code : "webhook_failed";
        deps.metrics.webhook(name, outcome);
        throw error;
      }
    });
  }

  async function receive(c: ServerContext, vendor: Vendor | undefined, name: WebhookVendor) {
    if (vendor === undefined) {
      throw new HttpError(
        503,
        "webhook_disabled",
        options.disabled?.[name] ??
          `The ${name} webhook is disabled: set ${WEBHOOK_SECRET_ENV[name]} to the webhook's signing secret to enable it.`,
      );
    }
    const body = await readBody(c.req.raw, deps.bodyLimit);
    const nowMs = deps.now();
    const delivery = vendor.verify(c.req.raw.headers, body, nowMs);
    if (!replays.admit(delivery.replayKey, nowMs)) {
      throw new HttpError(409, "webhook_replayed", "This delivery was already received.");
    }
    try {
      requireJsonContentType(c.req.raw);
      const result = await vendor.dispatch(parseJson(body), { deliveryId: delivery.deliveryId });
      deps.metrics.webhook(name, result.status);
      deps.decisionLog.record({
        decision_id: deps.newId(),
        time: new Date(nowMs).toISOString(),
        route: WEBHOOK_PATHS[name],
        status: 200,
        token_id: `webhook:${name}`,
        duration_ms: Math.round((performance.now() - c.get("started")) * 1000) / 1000,
        policy_version: deps.policy.version.label,
        webhook: { delivery: delivery.deliveryId, ...result },
      });
      return c.body(JSON.stringify(result), 200, JSON_HEADERS);
    } catch (error) {
      // Not handled, so the vendor's retry of this delivery must get through.
      replays.forget(delivery.replayKey);
      if (error instanceof HttpError) throw error;
      throw new HttpError(500, "webhook_failed", "The event could not be handled; it was logged.", {
        cause: error,
      });
    }
  }
}
