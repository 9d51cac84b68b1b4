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

export const STATUSPAGE_BASE_URL = "https://api.statuspage.io/v1";

/** Statuspage allows each API token about one request a second; spacing requests avoids 420/429s. */
export const STATUSPAGE_RATE_LIMIT: RateLimitOptions = { requests: 1, perMs: 1000 };

export interface StatuspageClientOptions extends ClientOptions {
  /** A Statuspage API key (avatar menu → API info), sent as `Authorization: OAuth <key>`. */
  apiKey: string;
  /** The page helpers act on when a call does not name one. */
  pageId?: string | undefined;
}

/** The openapi-fetch client typed by Statuspage's document, plus `unwrap`; helpers take it first. */
export type StatuspageClient = ApiClient<paths> & {
  /** The default page id given to the factory, if any (see `pageIdFor`). */
  readonly pageId: string | undefined;
};

interface StatuspageErrorBody {
  error?: string | string[];
  message?: string;
}

export const statuspageVendor: VendorProfile = {
  name: "Statuspage",
  requestIdHeaders: ["x-request-id"],
  // The document lists 420 beside 429 as "rate limit exceeded".
  rateLimitStatuses: [420, 429],
  // Errors carry no code, only { error: "..." | [...] } or { message }.
  readError(body) {
    const b = (body ?? {}) as StatuspageErrorBody;
    const message = Array.isArray(b.error) ? b.error.join("; ") : (b.error ?? b.message);
    return { message };
  },
};

export function createStatuspageClient(options: StatuspageClientOptions): StatuspageClient {
  const factory = "createStatuspageClient";
  requireOptions(factory, options, "apiKey");
  const apiKey = requireString(factory, "apiKey", options.apiKey);
  const pageId =
    options.pageId === undefined ? undefined : requireString(factory, "pageId", options.pageId);
  validateClientOptions(factory, options);
  const client = createApiClient<paths>({
    vendor: statuspageVendor,
    baseUrl: resolveBaseUrl(factory, options.baseUrl, STATUSPAGE_BASE_URL),
    headers: { Authorization: `OAuth ${apiKey}` },
    secrets: [apiKey],
    product: `${packageJson.name}/${packageJson.version}`,
    defaultRateLimit: STATUSPAGE_RATE_LIMIT,
    options,
  });
  // Non-enumerable, like the rest of the client's metadata: the client stays openapi-fetch's own.
  return Object.defineProperty(client, "pageId", {
    value: pageId,
    enumerable: false,
  }) as StatuspageClient;
}

/** The page a helper should act on: its own argument, else the client's default, else a clear error. */
export function pageIdFor(client: StatuspageClient, pageId?: string): string {
  const id = pageId ?? client.pageId;
  if (!id) {
    throw new ClientConfigError(
      "no Statuspage page id: pass pageId to createStatuspageClient or to this call",
    );
  }
  return id;
}
