import {
  type ApiClient,
  ClientConfigError,
  type ClientOptions,
  createApiClient,
  requireOptions,
  requireString,
  resolveBaseUrl,
  type VendorProfile,
  validateClientOptions,
} from "@support/api-core";
import packageJson from "../package.json" with { type: "json" };
import type { paths } from "./generated/schema.js";

/** An API token (Admin Center → Apps and integrations → Zendesk API) with the agent's email. */
export interface ZendeskApiTokenAuth {
  email: string;
  apiToken: string;
}

/** An OAuth access token. */
export interface ZendeskOAuthAuth {
  oauthToken: string;
}

export type ZendeskAuth = ZendeskApiTokenAuth | ZendeskOAuthAuth;

/** Either `subdomain` (`acme` for https://acme.zendesk.com) or a full `baseUrl`, never both. */
export type ZendeskClientOptions = Omit<ClientOptions, "baseUrl"> & { auth: ZendeskAuth } & (
    | { subdomain: string; baseUrl?: undefined }
    | { baseUrl: string; subdomain?: undefined }
  );

/** `api` is typed by Zendesk's document; helpers take this object as their first argument. */
export type ZendeskClient = ApiClient<paths>;

interface ZendeskErrorBody {
  error?: string | { title?: string; message?: string };
  description?: string;
  errors?: { code?: string; title?: string; detail?: string }[];
}

export const zendeskVendor: VendorProfile = {
  name: "Zendesk",
  requestIdHeaders: ["x-zendesk-request-id", "x-request-id"],
  // Zendesk uses three shapes: { error, description }, { error: { title, message } }, { errors: [...] }.
  readError(body) {
    const b = (body ?? {}) as ZendeskErrorBody;
    if (typeof b.error === "string") return { code: b.error, message: b.description ?? b.error };
    if (b.error && typeof b.error === "object") {
      return { code: b.error.title, message: b.error.message ?? b.error.title };
    }
    const first = b.errors?.[0];
    return { code: first?.code, message: first?.detail ?? first?.title };
  },
};

const SUBDOMAIN = /^[a-z0-9][a-z0-9-]*$/i;

export function createZendeskClient(options: ZendeskClientOptions): ZendeskClient {
  const factory = "createZendeskClient";
  requireOptions(factory, options, "subdomain (or baseUrl) and auth");
  validateClientOptions(factory, options);
  const { authorization, secrets } = authHeader(factory, options.auth);
  return createApiClient<paths>({
    vendor: zendeskVendor,
    baseUrl: baseUrlFor(factory, options),
    headers: { Authorization: authorization },
    secrets,
    product: `${packageJson.name}/${packageJson.version}`,
    options,
  });
}

function baseUrlFor(factory: string, options: ZendeskClientOptions): string {
  const { subdomain, baseUrl } = options;
  if ((subdomain === undefined) === (baseUrl === undefined)) {
    throw new ClientConfigError(
      `${factory}: pass either "subdomain" (e.g. "acme") or "baseUrl", not both or neither`,
    );
  }
  if (baseUrl !== undefined) return resolveBaseUrl(factory, baseUrl, "https://acme.zendesk.com");
  if (typeof subdomain !== "string" || !SUBDOMAIN.test(subdomain)) {
    throw new ClientConfigError(
      `${factory}: option "subdomain" must be the account's subdomain only, e.g. "acme" for https://acme.zendesk.com`,
    );
  }
  return `https://${subdomain.toLowerCase()}.zendesk.com`;
}

function authHeader(factory: string, auth: unknown): { authorization: string; secrets: string[] } {
  const given = (typeof auth === "object" && auth !== null ? auth : {}) as Record<string, unknown>;
  if ("oauthToken" in given) {
    const token = requireString(factory, "auth.oauthToken", given.oauthToken);
    return { authorization: `Bearer ${token}`, secrets: [token] };
  }
  if ("apiToken" in given || "email" in given) {
    const email = requireString(factory, "auth.email", given.email);
    const apiToken = requireString(factory, "auth.apiToken", given.apiToken);
    const basic = Buffer.from(`${email}/token:${apiToken}`, "utf8").toString("base64");
    return { authorization: `Basic ${basic}`, secrets: [apiToken] };
  }
  throw new ClientConfigError(
    `${factory}: option "auth" must be { email, apiToken } or { oauthToken }`,
  );
}
