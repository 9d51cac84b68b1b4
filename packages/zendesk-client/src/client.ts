import {
  type ApiClient,
  ClientConfigError,
  type ClientOptions,
  createApiClient,
  type RateLimitOptions,
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

/**
 * Zendesk's documented account-wide limits on Support API requests per minute, by plan
 * (developer.zendesk.com, API reference → Introduction → Rate limits: Zendesk Suite and
 * Zendesk Support plan limits; the High Volume API add-on raises Growth and above to 2,500).
 */
export const ZENDESK_PLAN_RATE_LIMITS = {
  team: 200,
  growth: 400,
  professional: 400,
  enterprise: 700,
  enterprise_plus: 2500,
  high_volume_api: 2500,
} as const;

export type ZendeskPlan = keyof typeof ZENDESK_PLAN_RATE_LIMITS;

/** The plan assumed when none is given: the lowest current one, so no account is overrun. */
export const ZENDESK_DEFAULT_PLAN: ZendeskPlan = "team";

/** The client-side limit for a plan: its requests per minute, in bursts of up to that many. */
export function zendeskRateLimit(plan: ZendeskPlan): RateLimitOptions {
  return { requests: ZENDESK_PLAN_RATE_LIMITS[plan], perMs: 60_000 };
}

/** Either `subdomain` (`acme` for https://acme.zendesk.com) or a full `baseUrl`, never both. */
export type ZendeskClientOptions = Omit<ClientOptions, "baseUrl"> & {
  auth: ZendeskAuth;
  /**
   * The account's plan, which sets the default client-side rate limit (`ZENDESK_PLAN_RATE_LIMITS`;
   * default `"team"`, 200 a minute). The limit is shared with every other integration on the
   * account, so a lower `rateLimit` may suit better; `rateLimit` overrides this.
   */
  plan?: ZendeskPlan | undefined;
} & ({ subdomain: string; baseUrl?: undefined } | { baseUrl: string; subdomain?: undefined });

/** The openapi-fetch client typed by Zendesk's document, plus `unwrap`; helpers take it first. */
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
  const plan = options.plan ?? ZENDESK_DEFAULT_PLAN;
  if (!Object.hasOwn(ZENDESK_PLAN_RATE_LIMITS, plan)) {
    throw new ClientConfigError(
      `${factory}: option "plan" must be one of ${Object.keys(ZENDESK_PLAN_RATE_LIMITS).join(", ")}`,
    );
  }
  const { authorization, secrets } = authHeader(factory, options.auth);
  return createApiClient<paths>({
    vendor: zendeskVendor,
    baseUrl: baseUrlFor(factory, options),
    headers: { Authorization: authorization },
    secrets,
    product: `${packageJson.name}/${packageJson.version}`,
    defaultRateLimit: zendeskRateLimit(plan),
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
    const credential = `${email}/token:${apiToken}`;
    const basic = Buffer.from(credential, "utf8").toString("base64");
    // The token alone and the whole credential, whose base64 is what a server may echo back.
    return { authorization: `Basic ${basic}`, secrets: [apiToken, credential] };
  }
  throw new ClientConfigError(
    `${factory}: option "auth" must be { email, apiToken } or { oauthToken }`,
  );
}
