import { createIncidentIoClient, type IncidentIoClient } from "@support/incidentio-client";
import { createStatuspageClient, type StatuspageClient } from "@support/statuspage-client";
import { createZendeskClient, type ZendeskClient } from "@support/zendesk-client";
import type { Io } from "../io.js";
import { incidentIoCredentials, statuspageCredentials, zendeskCredentials } from "./credentials.js";

const USER_AGENT = "support-watcher/0.1.0";

/**
 * The vendor clients, created on first use so a command only asks for the credentials it
 * needs (a missing one is reported by name).
 */
export interface Vendors {
  incidentIo(): IncidentIoClient;
  zendesk(): ZendeskClient;
  statuspage(): StatuspageClient;
}

export function vendorsFrom(io: Io): Vendors {
  const shared = { userAgent: USER_AGENT, ...(io.sleep && { sleep: io.sleep }) };
  const once = <T>(create: () => T) => {
    let client: T | undefined;
    return () => {
      client ??= create();
      return client;
    };
  };
  return {
    incidentIo: once(() => createIncidentIoClient({ ...incidentIoCredentials(io.env), ...shared })),
    zendesk: once(() => createZendeskClient({ ...zendeskCredentials(io.env), ...shared })),
    statuspage: once(() => createStatuspageClient({ ...statuspageCredentials(io.env), ...shared })),
  };
}
