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

// A non-enumerable property under a registered symbol: the client's own keys stay exactly an
// openapi-fetch client's, and every copy of this package (a client bundles one) reads the same key.
const INFO = Symbol.for("@support/api-core.clientInfo");

export function rememberClientInfo(client: object, info: ClientInfo): void {
  Object.defineProperty(client, INFO, { value: Object.freeze(info), enumerable: false });
}

/** The vendor, base URL, clock and redactor of a client made by one of the factories. */
export function clientInfo(client: object): ClientInfo {
  const info =
    typeof client === "object" && client !== null
      ? (client as { [INFO]?: ClientInfo })[INFO]
      : undefined;
  if (!info) {
    throw new ClientConfigError(
      "expected a client made by one of the factories (createIncidentIoClient, createZendeskClient, createStatuspageClient)",
    );
  }
  return info;
}
