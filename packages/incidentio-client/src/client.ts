import {
  type ApiClient,
  type ClientOptions,
  createApiClient,
  type RateLimitOptions,
  requireOptions,
  requireString,
  resolveBaseUrl,
  serializeDeepObjectQuery,
  type VendorProfile,
  validateClientOptions,
  validateRateLimit,
} from "@support/api-core";
import packageJson from "../package.json" with { type: "json" };
import type { paths } from "./generated/schema.js";

export const INCIDENT_IO_BASE_URL = "https://api.incident.io";

/**
 * incident.io's documented default limit per API key: a bucket of 1,200 requests refilled at 20
 * a second (1,200 a minute), so bursts of 1,200 and 20/s sustained.
 */
export const INCIDENT_IO_RATE_LIMIT: RateLimitOptions = { requests: 1200, perMs: 60_000 };

/**
 * The lower bucket for `/v1/incident_attachments`, on top of the key's limit. incident.io says
 * endpoints that talk to third-party systems (an attachment fetches the Zendesk ticket) have
 * lower limits of their own, varying by endpoint; its example of such a limit is 60 a minute.
 */
export const INCIDENT_IO_ATTACHMENT_RATE_LIMIT: RateLimitOptions = { requests: 60, perMs: 60_000 };

export interface IncidentIoClientOptions extends ClientOptions {
  /** An incident.io API key (Settings → API keys), sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /**
   * The bucket for attachment requests (default `INCIDENT_IO_ATTACHMENT_RATE_LIMIT`, 60 a
   * minute), or `false` for none beyond `rateLimit`.
   */
  attachmentRateLimit?: RateLimitOptions | false | undefined;
}

/** The openapi-fetch client typed by incident.io's document, plus `unwrap`; helpers take it first. */
export type IncidentIoClient = ApiClient<paths>;

interface IncidentIoErrorBody {
  type?: string;
  request_id?: string;
  errors?: { code?: string; message?: string; source?: { field?: string } }[];
}

export const incidentIoVendor: VendorProfile = {
  name: "incident.io",
  requestIdHeaders: ["x-request-id"],
  // { type, status, request_id, errors: [{ code, message, source: { field } }] }
  readError(body) {
    const error = (body ?? {}) as IncidentIoErrorBody;
    const messages = (error.errors ?? []).map((e) =>
      e.source?.field ? `${e.source.field}: ${e.message}` : e.message,
    );
    return {
      code: error.errors?.[0]?.code ?? error.type,
      message: messages.filter(Boolean).join("; ") || undefined,
      requestId: error.request_id,
    };
  },
};

export function createIncidentIoClient(options: IncidentIoClientOptions): IncidentIoClient {
  const factory = "createIncidentIoClient";
  requireOptions(factory, options, "apiKey");
  const apiKey = requireString(factory, "apiKey", options.apiKey);
  validateClientOptions(factory, options);
  validateRateLimit(factory, "attachmentRateLimit", options.attachmentRateLimit);
  return createApiClient<paths>({
    vendor: incidentIoVendor,
    baseUrl: resolveBaseUrl(factory, options.baseUrl, INCIDENT_IO_BASE_URL),
    headers: { Authorization: `Bearer ${apiKey}` },
    secrets: [apiKey],
    product: `${packageJson.name}/${packageJson.version}`,
    // List filters are nested objects on the wire: status_category[one_of]=live.
    querySerializer: serializeDeepObjectQuery,
    defaultRateLimit: INCIDENT_IO_RATE_LIMIT,
    rateLimitBuckets: [
      {
        name: "attachments",
        matches: (url) => url.pathname.endsWith("/v1/incident_attachments"),
        limit: options.attachmentRateLimit ?? INCIDENT_IO_ATTACHMENT_RATE_LIMIT,
      },
    ],
    options,
  });
}
