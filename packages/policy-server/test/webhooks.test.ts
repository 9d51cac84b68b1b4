import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { WebhookEvent } from "../src/webhooks/events.js";
import { standardWebhookKey } from "../src/webhooks/signatures.js";
import { errorOf } from "./support/error-of.js";
import { testServer } from "./support/test-server.js";

// The example delivery in Svix's and incident.io's documentation: this secret, id, timestamp and
// body give exactly this signature.
const DOCUMENTED = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
const INCIDENT_IO_SECRET = "whsec_c2VjcmV0LWZvci10aGUtcG9saWN5LXNlcnZlci10ZXN0cw==";
const ZENDESK_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";

function webhookServer(options: { incidentIo?: string; zendesk?: string } = {}) {
  const events: Array<[string, string, WebhookEvent]> = [];
  const server = testServer({
    webhooks: {
      incidentIoKey: standardWebhookKey(options.incidentIo ?? INCIDENT_IO_SECRET),
      zendeskSecret: options.zendesk ?? ZENDESK_SECRET,
      toleranceSeconds: 300,
      handlers: {
        onIncidentEvent: (id, event) => {
          events.push(["incident", id, event]);
        },
        onTicketEvent: (id, event) => {
          events.push(["ticket", id, event]);
        },
      },
    },
  });
  /** Delivers a body with the given headers to a vendor's webhook route. */
  const deliver = (
    vendor: "incident-io" | "zendesk",
    headers: Record<string, string>,
    body: string,
  ) => server.request(`/v1/webhooks/${vendor}`, { method: "POST", headers, body });
  return { ...server, events, deliver };
}

/** Signs as incident.io does: HMAC-SHA256 of "id.timestamp.body" with the decoded secret. */
function incidentIoHeaders(
  body: string,
  timestamp: number,
  id = "msg_01",
  secret = INCIDENT_IO_SECRET,
) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": `v1,${signature}`,
  };
}

/** Signs as Zendesk documents: base64 HMAC-SHA256 of timestamp + body, keyed with the secret. */
function zendeskHeaders(body: string, timestamp: string, secret = ZENDESK_SECRET) {
  const signature = createHmac("sha256", secret)
    .update(timestamp + body)
    .digest("base64");
  return {
    "content-type": "application/json",
    "x-zendesk-webhook-signature": signature,
    "x-zendesk-webhook-signature-timestamp": timestamp,
  };
}

const unixSeconds = (ms: number) => Math.floor(ms / 1000);
const incidentUpdated = JSON.stringify({
  event_type: "public_incident.incident_updated_v2",
  "public_incident.incident_updated_v2": { id: "01FDAG4SAP5TYPT98WGR2N7W91", name: "Flags slow" },
});

describe("incident.io webhooks", () => {
  it("verifies the documented example delivery", async () => {
    const { request, clock, events } = webhookServer({ incidentIo: DOCUMENTED.secret });
    clock.ms = DOCUMENTED.timestamp * 1000;
    const response = await request("/v1/webhooks/incident-io", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": DOCUMENTED.id,
        "webhook-timestamp": String(DOCUMENTED.timestamp),
        "webhook-signature": DOCUMENTED.signature,
      },
      body: DOCUMENTED.body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ignored", event: "" });
    expect(events).toEqual([]);
  });

  it("hands the incident of a valid delivery to onIncidentEvent and logs it", async () => {
    const { deliver, clock, events, log } = webhookServer();
    const headers = incidentIoHeaders(incidentUpdated, unixSeconds(clock.ms), "msg_42");
    const response = await deliver("incident-io", headers, incidentUpdated);
    expect(await response.json()).toEqual({
      status: "accepted",
      event: "public_incident.incident_updated_v2",
      incidentId: "01FDAG4SAP5TYPT98WGR2N7W91",
    });
    expect(events).toEqual([
      [
        "incident",
        "01FDAG4SAP5TYPT98WGR2N7W91",
        { deliveryId: "msg_42", type: "public_incident.incident_updated_v2" },
      ],
    ]);
    expect(log()[0]).toMatchObject({
      route: "/v1/webhooks/incident-io",
      token_id: "webhook:incident-io",
      webhook: { delivery: "msg_42", status: "accepted", incidentId: "01FDAG4SAP5TYPT98WGR2N7W91" },
    });
  });

  it("finds the incident in status updates, actions and follow-ups, and ignores other events", async () => {
    const { deliver, clock, events } = webhookServer();
    const payloads = [
      ["public_incident.incident_status_updated_v2", { incident: { id: "INC-A" }, new_status: {} }],
      ["public_incident.action_created_v1", { id: "act-1", incident_id: "INC-B" }],
      ["private_incident.incident_created_v2", { id: "INC-C" }],
      ["private_incident.follow_up_created_v2", { id: "fu-1" }],
      ["public_alert.alert_created_v1", { id: "alert-1" }],
    ] as const;
    const answers: unknown[] = [];
    for (const [index, [type, data]] of payloads.entries()) {
      const body = JSON.stringify({ event_type: type, [type]: data });
      const headers = incidentIoHeaders(body, unixSeconds(clock.ms), `msg_${index}`);
      answers.push(await (await deliver("incident-io", headers, body)).json());
    }
    expect(events.map(([, id]) => id)).toEqual(["INC-A", "INC-B", "INC-C"]);
    expect(answers.slice(3)).toEqual([
      { status: "ignored", event: "private_incident.follow_up_created_v2" },
      { status: "ignored", event: "public_alert.alert_created_v1" },
    ]);
  });

  it("accepts any of several signatures while a secret is rotated", async () => {
    const { deliver, clock } = webhookServer();
    const headers = incidentIoHeaders(incidentUpdated, unixSeconds(clock.ms));
    headers["webhook-signature"] =
      `v1,${Buffer.alloc(32).toString("base64")} ${headers["webhook-signature"]}`;
    expect((await deliver("incident-io", headers, incidentUpdated)).status).toBe(200);
  });

  it("refuses a wrong signature, a changed body, a wrong secret and missing headers", async () => {
    const { deliver, clock, events } = webhookServer();
    const now = unixSeconds(clock.ms);
    const good = incidentIoHeaders(incidentUpdated, now);
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...good, "webhook-signature": "v1,AAAA" }, incidentUpdated],
      [good, incidentUpdated.replace("Flags slow", "Flags fast")],
      [
        incidentIoHeaders(incidentUpdated, now, "msg_01", "whsec_d3Jvbmctc2VjcmV0"),
        incidentUpdated,
      ],
      [
        { ...good, "webhook-signature": good["webhook-signature"].replace("v1,", "v2,") },
        incidentUpdated,
      ],
      [{ ...good, "webhook-id": "msg_02" }, incidentUpdated],
      [{ "content-type": "application/json" }, incidentUpdated],
    ];
    for (const [headers, body] of cases) {
      const response = await deliver("incident-io", headers, body);
      await errorOf(response, 401, "invalid_signature");
    }
    expect(events).toEqual([]);
  });

  it("refuses a timestamp more than five minutes from the server clock, either way", async () => {
    const { deliver, clock, events } = webhookServer();
    const now = unixSeconds(clock.ms);
    for (const timestamp of [now - 301, now + 301]) {
      const headers = incidentIoHeaders(incidentUpdated, timestamp);
      const error = await errorOf(
        await deliver("incident-io", headers, incidentUpdated),
        401,
        "stale_timestamp",
      );
      expect(error.message).toContain("at most 300 s");
    }
    for (const timestamp of [now - 299, now + 299]) {
      const headers = incidentIoHeaders(incidentUpdated, timestamp, `msg_${timestamp}`);
      expect((await deliver("incident-io", headers, incidentUpdated)).status).toBe(200);
    }
    expect(events).toHaveLength(2);
  });

  it("refuses a replayed delivery, and takes the vendor's retry after a failed handler", async () => {
    const { deliver, clock, events } = webhookServer();
    const headers = incidentIoHeaders(incidentUpdated, unixSeconds(clock.ms), "msg_once");
    const send = () => deliver("incident-io", headers, incidentUpdated);
    expect((await send()).status).toBe(200);
    await errorOf(await send(), 409, "webhook_replayed");
    clock.ms += 200_000;
    await errorOf(await send(), 409, "webhook_replayed");
    expect(events).toHaveLength(1);

    const failing = testServer({
      webhooks: {
        incidentIoKey: standardWebhookKey(INCIDENT_IO_SECRET),
        toleranceSeconds: 300,
        handlers: {
          onIncidentEvent: () => {
            throw new Error("live data unavailable");
          },
          onTicketEvent: () => {},
        },
      },
    });
    const retry = incidentIoHeaders(incidentUpdated, unixSeconds(failing.clock.ms), "msg_retry");
    const again = () =>
      failing.request("/v1/webhooks/incident-io", {
        method: "POST",
        headers: retry,
        body: incidentUpdated,
      });
    await errorOf(await again(), 500, "webhook_failed");
    await errorOf(await again(), 500, "webhook_failed");
    expect(failing.errors[0]).toContain("live data unavailable");
  });

  it("checks the signature before the body is trusted as JSON", async () => {
    const { deliver, clock } = webhookServer();
    const body = "not json";
    const headers = incidentIoHeaders(body, unixSeconds(clock.ms));
    await errorOf(await deliver("incident-io", headers, body), 400, "invalid_json");
    const unsigned = { "content-type": "application/json" };
    await errorOf(await deliver("incident-io", unsigned, body), 401, "invalid_signature");
  });
});

describe("Zendesk webhooks", () => {
  const ticketEvent = JSON.stringify({
    type: "zen:event-type:ticket.status_changed",
    account_id: 1,
    id: "evt-1",
    subject: "zen:ticket:48213",
    detail: { id: "48213", status: "OPEN" },
  });
  const isoNow = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

  it("hands the ticket of a valid ticket event or trigger body to onTicketEvent", async () => {
    const { deliver, clock, events } = webhookServer();
    const timestamp = isoNow(clock.ms);
    const first = await deliver("zendesk", zendeskHeaders(ticketEvent, timestamp), ticketEvent);
    expect(await first.json()).toEqual({
      status: "accepted",
      event: "zen:event-type:ticket.status_changed",
      ticketId: "48213",
    });
    const trigger = JSON.stringify({ ticket_id: 48214 });
    const later = isoNow(clock.ms + 1000);
    const second = await deliver("zendesk", zendeskHeaders(trigger, later), trigger);
    expect(await second.json()).toEqual({
      status: "accepted",
      event: "trigger",
      ticketId: "48214",
    });
    expect(events).toEqual([
      ["ticket", "48213", { deliveryId: timestamp, type: "zen:event-type:ticket.status_changed" }],
      ["ticket", "48214", { deliveryId: later, type: "trigger" }],
    ]);
  });

  it("refuses a wrong signature, a wrong secret, a changed body and missing headers", async () => {
    const { deliver, clock, events } = webhookServer();
    const timestamp = isoNow(clock.ms);
    const good = zendeskHeaders(ticketEvent, timestamp);
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...good, "x-zendesk-webhook-signature": "AAAA" }, ticketEvent],
      [zendeskHeaders(ticketEvent, timestamp, "another-secret"), ticketEvent],
      [good, ticketEvent.replace("48213", "48299")],
      // The documented order is timestamp first: the body-first HMAC must not pass.
      [
        {
          ...good,
          "x-zendesk-webhook-signature": createHmac("sha256", ZENDESK_SECRET)
            .update(ticketEvent + timestamp)
            .digest("base64"),
        },
        ticketEvent,
      ],
      [
        {
          "content-type": "application/json",
          "x-zendesk-webhook-signature": good["x-zendesk-webhook-signature"],
        },
        ticketEvent,
      ],
    ];
    for (const [headers, body] of cases) {
      await errorOf(await deliver("zendesk", headers, body), 401, "invalid_signature");
    }
    expect(events).toEqual([]);
  });

  it("refuses a stale timestamp and a replay", async () => {
    const { deliver, clock, events } = webhookServer();
    const stale = isoNow(clock.ms - 301_000);
    await errorOf(
      await deliver("zendesk", zendeskHeaders(ticketEvent, stale), ticketEvent),
      401,
      "stale_timestamp",
    );
    const headers = zendeskHeaders(ticketEvent, isoNow(clock.ms));
    const send = () => deliver("zendesk", headers, ticketEvent);
    expect((await send()).status).toBe(200);
    await errorOf(await send(), 409, "webhook_replayed");
    expect(events).toHaveLength(1);
  });
});

describe("webhooks without secrets", () => {
  it("are disabled and say which variable enables them", async () => {
    const { request, clock } = testServer();
    const incidentIo = await errorOf(
      await request("/v1/webhooks/incident-io", {
        method: "POST",
        headers: incidentIoHeaders(incidentUpdated, unixSeconds(clock.ms)),
        body: incidentUpdated,
      }),
      503,
      "webhook_disabled",
    );
    expect(incidentIo.message).toContain("INCIDENT_IO_WEBHOOK_SECRET");
    const zendesk = await errorOf(
      await request("/v1/webhooks/zendesk", { method: "POST", body: "{}" }),
      503,
      "webhook_disabled",
    );
    expect(zendesk.message).toContain("ZENDESK_WEBHOOK_SECRET");
  });

  it("reject a signing secret that is not whsec_ base64", () => {
    expect(() => standardWebhookKey("whsec_***")).toThrow(/whsec_ followed by base64/);
    expect(() => standardWebhookKey("")).toThrow();
    expect(standardWebhookKey("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).toEqual(
      standardWebhookKey(DOCUMENTED.secret),
    );
  });
});
