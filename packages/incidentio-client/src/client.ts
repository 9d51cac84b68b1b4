import {
  type ApiClient,
  type ClientOptions,
  createApiClient,
  requireOptions,
  requireString,
  resolveBaseUrl,
  serializeDeepObjectQuery,
  type VendorProfile,
  validateClientOptions,
} from "@support/api-core";
import packageJson from "../package.json" with { type: "json" };
import type { paths } from "./generated/schema.js";

export const INCIDENT_IO_BASE_URL = "https://api.incident.io";

export interface IncidentIoClientOptions extends ClientOptions {
  /** An incident.io API key (Settings → API keys), sent as `Authorization: Bearer <key>`. */
  apiKey: string;
}

/** `api` is typed by incident.io's document; helpers take this object as their first argument. */
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
  return createApiClient<paths>({
    vendor: incidentIoVendor,
    baseUrl: resolveBaseUrl(factory, options.baseUrl, INCIDENT_IO_BASE_URL),
    headers: { Authorization: `Bearer ${apiKey}` },
    secrets: [apiKey],
    product: `${packageJson.name}/${packageJson.version}`,
    // List filters are nested objects on the wire: status_category[one_of]=live.
    querySerializer: serializeDeepObjectQuery,
    options,
  });
}
