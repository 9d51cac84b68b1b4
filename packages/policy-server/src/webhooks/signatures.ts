// Signature checks for the two vendors' webhooks, on the raw body bytes, in constant time.
//   incident.io (Svix, the Standard Webhooks scheme): webhook-id, webhook-timestamp (Unix
//     seconds) and webhook-signature ("v1,<base64>" entries, space-separated); the signature is
//     HMAC-SHA256 of "<id>.<timestamp>.<body>" keyed with the base64 part of the whsec_ secret.
//   Zendesk: X-Zendesk-Webhook-Signature is base64 HMAC-SHA256 of timestamp + body, keyed with
//     the signing secret as given, and X-Zendesk-Webhook-Signature-Timestamp is ISO 8601.
import { createHmac, timingSafeEqual } from "node:crypto";
import { HttpError } from "../http/errors.js";

/** How far a webhook's timestamp may be from the server clock: 5 minutes, as Svix allows. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface VerifiedDelivery {
  /** What identifies this delivery for replay protection. */
  replayKey: string;
  /** The delivery id to report (incident.io's webhook-id; Zendesk has none, so its timestamp). */
  deliveryId: string;
}

interface CheckOptions {
  headers: Headers;
  body: Uint8Array;
  nowMs: number;
  toleranceSeconds: number;
}

const unsigned = (message: string) => new HttpError(401, "invalid_signature", message);

function checkAge(sentAtMs: number, { nowMs, toleranceSeconds }: CheckOptions): void {
  const skew = Math.abs(nowMs - sentAtMs) / 1000;
  if (skew > toleranceSeconds) {
    throw new HttpError(
      401,
      "stale_timestamp",
      `The webhook timestamp is ${Math.round(skew)} s from the server clock (at most ${toleranceSeconds} s).`,
    );
  }
}

const hmac = (key: Buffer, ...parts: Array<string | Uint8Array>): Buffer => {
  const mac = createHmac("sha256", key);
  for (const part of parts) mac.update(part);
  return mac.digest();
};

const sameBytes = (expected: Buffer, presented: Buffer): boolean =>
  presented.length === expected.length && timingSafeEqual(presented, expected);

/** The HMAC key of a `whsec_…` secret (the prefix is optional); throws when it is not base64. */
export function standardWebhookKey(secret: string): Buffer {
  const encoded = secret.trim().replace(/^whsec_/, "");
  const key = Buffer.from(encoded, "base64");
  if (encoded === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || key.length === 0) {
    throw new Error("must be the endpoint's signing secret, whsec_ followed by base64");
  }
  return key;
}

export function verifyIncidentIo(key: Buffer, options: CheckOptions): VerifiedDelivery {
  const id = options.headers.get("webhook-id");
  const timestamp = options.headers.get("webhook-timestamp");
  const signatures = options.headers.get("webhook-signature");
  if (!id || !timestamp || !signatures) {
    throw unsigned("Missing webhook-id, webhook-timestamp or webhook-signature header.");
  }
  if (!/^\d{1,12}$/.test(timestamp)) throw unsigned("webhook-timestamp must be Unix seconds.");
  checkAge(Number(timestamp) * 1000, options);
  const expected = hmac(key, `${id}.${timestamp}.`, options.body);
  // Several entries appear while a secret is rotated; any one of them may match.
  let valid = false;
  for (const entry of signatures.split(" ")) {
    const [version, value] = entry.split(",", 2);
    if (version === "v1" && value && sameBytes(expected, Buffer.from(value, "base64")))
      valid = true;
  }
  if (!valid) throw unsigned("The webhook signature does not match the body.");
  return { replayKey: `incident-io:${id}`, deliveryId: id };
}

export function verifyZendesk(secret: string, options: CheckOptions): VerifiedDelivery {
  const signature = options.headers.get("x-zendesk-webhook-signature");
  const timestamp = options.headers.get("x-zendesk-webhook-signature-timestamp");
  if (!signature || !timestamp) {
    throw unsigned(
      "Missing X-Zendesk-Webhook-Signature or X-Zendesk-Webhook-Signature-Timestamp header.",
    );
  }
  const sentAt = Date.parse(timestamp);
  if (Number.isNaN(sentAt)) {
    throw unsigned("X-Zendesk-Webhook-Signature-Timestamp must be an ISO 8601 time.");
  }
  checkAge(sentAt, options);
  const expected = hmac(Buffer.from(secret, "utf8"), timestamp, options.body);
  if (!sameBytes(expected, Buffer.from(signature.trim(), "base64"))) {
    throw unsigned("The webhook signature does not match the body.");
  }
  // A replay repeats timestamp, body and so signature; a new delivery signs a new timestamp.
  return { replayKey: `zendesk:${signature.trim()}`, deliveryId: timestamp };
}
