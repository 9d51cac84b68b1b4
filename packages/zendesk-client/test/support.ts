// Shared by the helper tests: the contract, a client on a fake account, and nock bookkeeping.
import { loadContract } from "@support/openapi-tools";
import { expect } from "vitest";
import type { paths } from "../src/generated/schema.js";
import { ApiError, createZendeskClient, type ZendeskClient } from "../src/index.js";

export const contract = await loadContract<paths>(
  new URL("../openapi/manifest.json", import.meta.url),
);

export { checkNockScopes, collect } from "@support/openapi-tools/testing";

export const BASE = "https://acme.zendesk.com";
export const API_TOKEN = "zd_token_7f3a19c2e4b8";

/** A client whose clock is a counter: `sleep` advances `now` and records each wait. */
export function testClient(): ZendeskClient & { slept: number[] } {
  let now = Date.UTC(2026, 2, 1, 12, 0, 0);
  const slept: number[] = [];
  const client = createZendeskClient({
    subdomain: "acme",
    auth: { email: "watcher@example.com", apiToken: API_TOKEN },
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      slept.push(ms);
      now += ms;
    },
    random: () => 0,
  });
  return Object.assign(client, { slept });
}

/** The rejection of `promise`, asserting it is a redacted `ApiError` from Zendesk. */
export async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect(JSON.stringify(error)).not.toContain(API_TOKEN);
  expect(String(error)).not.toContain(API_TOKEN);
  return error as ApiError;
}

/** Zendesk's `{ error, description }` body with its request-id header. */
export function zendeskError(
  code: string,
  description: string,
  requestId: string,
): [Record<string, string>, Record<string, string>] {
  return [{ error: code, description }, { "X-Zendesk-Request-Id": requestId }];
}

/** An example open ticket (typed loosely enough to be reused in any ticket-bearing fixture). */
export function exampleTicket(id: number, tags: string[] = ["incident/42"]) {
  return {
    id,
    subject: `Dashboards do not load (${id})`,
    status: "open" as const,
    tags,
    organization_id: 9001,
    requester_id: 7001,
    created_at: "2026-03-01T11:58:00Z",
    updated_at: "2026-03-01T12:04:00Z",
  };
}
