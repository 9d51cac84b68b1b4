import { type AppOptions, createApp, type PolicyServerApp } from "../../src/app.js";
import { createPolicyAdapter } from "../../src/policy/adapter.js";
import type { PolicyDefaults } from "../../src/policy/defaults.js";

/** The clock of every test server: Wednesday 3 June 2026, 16:05 UTC, as in the example. */
export const SERVER_NOW = "2026-06-03T16:05:00.000Z";
export const TOKEN = "test-token-0123456789abcdef";

export interface TestServer {
  served: PolicyServerApp;
  /** Calls the app in-process, as a client at http://policy.test would. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs a JSON body with the token. */
  post(path: string, body: unknown, init?: RequestInit): Promise<Response>;
  /** Every decision log line so far, parsed. */
  log(): Array<Record<string, unknown>>;
  /** The raw decision log text and the operator lines. */
  logText(): string;
  errors: string[];
  clock: { ms: number };
}

export interface TestServerOptions extends Partial<Omit<AppOptions, "policy" | "logSink">> {
  defaults?: PolicyDefaults;
  policy?: AppOptions["policy"];
}

export function testServer(options: TestServerOptions = {}): TestServer {
  const clock = { ms: Date.parse(SERVER_NOW) };
  const lines: string[] = [];
  const errors: string[] = [];
  const { defaults, policy, ...rest } = options;
  let ids = 0;
  const served = createApp({
    policy:
      policy ??
      createPolicyAdapter({
        now: () => new Date(clock.ms),
        ...(defaults ? { defaults } : {}),
      }),
    tokens: [TOKEN],
    logSink: { write: (line) => lines.push(line), close: async () => {} },
    now: () => clock.ms,
    newId: () => `decision-${++ids}`,
    logError: (line) => errors.push(line),
    processMetrics: false,
    ...rest,
  });
  served.readiness.ready = true;
  const request = async (path: string, init: RequestInit = {}) =>
    served.fetch(new Request(`http://policy.test${path}`, init));
  return {
    served,
    request,
    post: (path, body, init = {}) =>
      request(path, {
        method: "POST",
        ...init,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          "content-type": "application/json",
          ...(init.headers as Record<string, string> | undefined),
        },
        body: typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body),
      }),
    log: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    logText: () => lines.join(""),
    errors,
    clock,
  };
}

/** A response body as JSON, typed by the test that reads it. */
export const readJson = async <T>(response: Response): Promise<T> => (await response.json()) as T;
