// Shared by the helper tests: the contract, a client on a fake clock, example records, and
// the check that every nock interceptor was used.
import { inspect } from "node:util";
import { loadContract } from "@support/openapi-tools";
import { expect } from "vitest";
import type { paths } from "../src/generated/schema.js";
import {
  ApiError,
  type Component,
  createStatuspageClient,
  type StatuspageClientOptions,
  type StatuspageIncident,
} from "../src/index.js";

export const contract = await loadContract<paths>(
  new URL("../openapi/manifest.json", import.meta.url),
);

export { checkNockScopes, collect } from "@support/openapi-tools/testing";

export const API_KEY = "sp_live_7f3c19a0be6d42e8";
export const PAGE_ID = "w2x8kq4m7nzt";
export const ORIGIN = "https://api.statuspage.io";
export const START = Date.parse("2026-03-01T12:00:00Z");

/** A clock whose sleeps return at once, move time on, and are recorded. */
export function fakeClock(start = START) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => 0.5,
  };
}

/** A client for `PAGE_ID` on a fake clock (so the rate limiter never really waits). */
export function testClient(options: Partial<StatuspageClientOptions> = {}) {
  const clock = fakeClock();
  const client = createStatuspageClient({
    apiKey: API_KEY,
    pageId: PAGE_ID,
    now: clock.now,
    sleep: clock.sleep,
    random: clock.random,
    ...options,
  });
  return { client, clock };
}

/**
 * Awaits `pending`, expecting it to fail with an `ApiError` matching `expected`, and checks every
 * way the error can reach a log or a terminal for the API key.
 */
export async function expectApiError(
  pending: Promise<unknown>,
  expected: Record<string, unknown>,
): Promise<ApiError> {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject(expected);
  for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
    expect(text).not.toContain(API_KEY);
  }
  return error as ApiError;
}

/** An unresolved realtime incident; `n` makes ids and names distinct. */
export function incident(
  n: number,
  overrides: Partial<StatuspageIncident> = {},
): StatuspageIncident {
  return {
    id: `inc${String(n).padStart(9, "0")}`,
    page_id: PAGE_ID,
    name: `Elevated error rate on exports #${n}`,
    status: "investigating",
    impact: "minor",
    created_at: "2026-03-01T11:42:00Z",
    updated_at: "2026-03-01T11:50:00Z",
    shortlink: `https://stspg.io/e${n}`,
    ...overrides,
  };
}

/** A component of `PAGE_ID`; `n` makes ids distinct. */
export function component(n: number, name: string, overrides: Partial<Component> = {}): Component {
  return {
    id: `cmp${String(n).padStart(9, "0")}`,
    page_id: PAGE_ID,
    name,
    status: "operational",
    position: n,
    group: false,
    showcase: true,
    created_at: "2025-11-04T09:00:00Z",
    updated_at: "2026-02-20T16:30:00Z",
    ...overrides,
  };
}

export const range = (from: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => from + i);
