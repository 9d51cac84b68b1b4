import { inspect } from "node:util";
import { loadContract } from "@support/openapi-tools";
import { expect } from "vitest";
import type { paths } from "../src/generated/schema.js";
import { ApiError, createIncidentIoClient, type IncidentIoClient } from "../src/index.js";

/** incident.io's document with this package's overlays: fixtures and request bodies are checked against it. */
export const contract = await loadContract<paths>(
  new URL("../openapi/manifest.json", import.meta.url),
);

export { checkNockScopes, collect } from "@support/openapi-tools/testing";

export const API_KEY = "inc_test_7d41c9e02b85af36";
export const BASE = "https://api.incident.io";

/** A client that never really waits between retries. */
export function testClient(): IncidentIoClient {
  return createIncidentIoClient({ apiKey: API_KEY, sleep: async () => {} });
}

/** incident.io's error body: `{ type, status, request_id, errors: [{ code, message }] }`. */
export function vendorError(status: number, code: string, message: string, requestId: string) {
  return { type: code, status, request_id: requestId, errors: [{ code, message }] };
}

/**
 * A nock reply that checks the request body against the document, then answers with the vendor
 * error: a refused write is still a request the client must have built correctly.
 */
export function refuseValidRequest(method: string, path: string, status: number, body: unknown) {
  return async (request: Request): Promise<[number, unknown]> => {
    const problems = contract.checkRequest(method, path, await request.json());
    expect(problems, `${method.toUpperCase()} ${path} request body`).toEqual([]);
    return [status, body];
  };
}

/** Awaits a failure and checks it is a typed `ApiError` carrying the vendor's details, without the key. */
export async function expectApiError(
  pending: Promise<unknown>,
  expected: { status: number; code: string; requestId: string },
): Promise<ApiError> {
  const error = await pending.then(
    () => expect.unreachable("the call should have failed"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ ...expected, vendor: "incident.io" });
  for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
    expect(text).not.toContain(API_KEY);
  }
  return error as ApiError;
}
