import type { paths as IncidentIoPaths } from "@support/incidentio-client";
import { loadContract } from "@support/openapi-tools";
import type { paths as StatuspagePaths } from "@support/statuspage-client";
import type { paths as ZendeskPaths } from "@support/zendesk-client";
import type { ContractCheck, Vendor } from "./fake-vendors.js";

const manifest = (client: string) =>
  new URL(`../../../${client}/openapi/manifest.json`, import.meta.url);

export const contracts = {
  "incident.io": await loadContract<IncidentIoPaths>(manifest("incidentio-client")),
  Zendesk: await loadContract<ZendeskPaths>(manifest("zendesk-client")),
  Statuspage: await loadContract<StatuspagePaths>(manifest("statuspage-client")),
};

/**
 * Checks every body the fake vendors receive and send against the vendor documents. Problems
 * are collected (and thrown, which fails the request) so a test can assert there were none.
 */
export function contractCheck(): ContractCheck & { problems: string[] } {
  const problems: string[] = [];
  const fail = (what: string, found: string[]) => {
    if (found.length === 0) return;
    const text = `${what}:\n  ${found.join("\n  ")}`;
    problems.push(text);
    throw new Error(text);
  };
  return {
    problems,
    request(vendor: Vendor, method, operation, body) {
      fail(
        `${vendor} ${method} ${operation} request`,
        contracts[vendor].checkRequest(method, operation, body),
      );
    },
    response(vendor: Vendor, method, operation, status, body) {
      fail(
        `${vendor} ${method} ${operation} ${status} response`,
        contracts[vendor].checkResponse(method, operation, status, body),
      );
    },
  };
}
