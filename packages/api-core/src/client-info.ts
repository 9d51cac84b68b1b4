import type { Clock } from "./clock.js";
import { ClientConfigError } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { VendorProfile } from "./vendor.js";

/** What helpers need to know about a client besides its request methods. */
export interface ClientInfo {
  readonly vendor: VendorProfile;
  /** The absolute base URL requests go to, without a trailing slash. */
  readonly baseUrl: string;
  /** The injected (or real) `now`/`sleep`/`random`; helpers that poll or wait use it too. */
  readonly clock: Clock;
  /** Scrubs this client's credentials, in every encoding, from text and values. */
  readonly redactor: Redactor;
}

// Held beside the client rather than on it, so the client is exactly an openapi-fetch client.
const infos = new WeakMap<object, ClientInfo>();

export function rememberClientInfo(client: object, info: ClientInfo): void {
  infos.set(client, info);
}

/** The vendor, base URL, clock and redactor of a client made by one of the factories. */
export function clientInfo(client: object): ClientInfo {
  const info = typeof client === "object" && client !== null ? infos.get(client) : undefined;
  if (!info) {
    throw new ClientConfigError(
      "expected a client made by one of the factories (createIncidentIoClient, createZendeskClient, createStatuspageClient)",
    );
  }
  return info;
}
