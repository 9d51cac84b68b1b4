import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BASE_URLS, type FakeVendors, type Vendor } from "./fake-vendors.js";

const PREFIXES: Record<string, Vendor> = {
  "/incidentio": "incident.io",
  "/zendesk": "Zendesk",
  "/statuspage": "Statuspage",
};

export interface HttpVendors {
  /** Environment pointing the CLI at this server. */
  env: Record<string, string>;
  /** Swaps in another fake (a fresh state for the next run). */
  use(fake: FakeVendors): void;
  close(): Promise<void>;
}

/** One request and the fake's answer, for a test to rewrite (a fault server, an echo). */
export interface Exchange {
  vendor: Vendor;
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  status: number;
  body?: unknown;
}

export interface Rewritten {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Serves a fake over real HTTP on 127.0.0.1, one path prefix per vendor. */
export async function serveOverHttp(
  initial: FakeVendors,
  options: { latencyMs?: number; rewrite?: (exchange: Exchange) => Rewritten } = {},
): Promise<HttpVendors> {
  let fake = initial;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const prefix = Object.keys(PREFIXES).find((p) => url.pathname.startsWith(`${p}/`));
      const vendor = prefix ? PREFIXES[prefix] : undefined;
      if (!prefix || !vendor) {
        response.writeHead(404).end();
        return;
      }
      const target = new URL(
        `${BASE_URLS[vendor]}${url.pathname.slice(prefix.length)}${url.search}`,
      );
      const text = Buffer.concat(chunks).toString("utf8");
      const method = request.method ?? "GET";
      const answer = fake.handle(vendor, method, target, text ? JSON.parse(text) : undefined);
      const exchange = { ...answer, vendor, method, url: target, headers: request.headers };
      const out = options.rewrite ? options.rewrite(exchange) : answer;
      const { status, body } = out;
      const headers = { ...answer.headers, ...out.headers };
      // A vendor's latency: the answer leaves after latencyMs.
      setTimeout(() => {
        response.writeHead(status, { "content-type": "application/json", ...headers });
        response.end(body === undefined ? "" : JSON.stringify(body));
      }, options.latencyMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    env: {
      INCIDENT_IO_API_KEY: "bench-key",
      INCIDENT_IO_BASE_URL: `${origin}/incidentio`,
      ZENDESK_BASE_URL: `${origin}/zendesk`,
      ZENDESK_EMAIL: "bench@example.com",
      ZENDESK_API_TOKEN: "bench-token",
      STATUSPAGE_API_KEY: "bench-key",
      STATUSPAGE_PAGE_ID: "pg7x1",
      STATUSPAGE_BASE_URL: `${origin}/statuspage`,
    },
    use: (next) => {
      fake = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
