// Stoplight Prism mock servers of the three vendor documents (as overlaid by openapi-tools), each
// behind a small proxy on 127.0.0.1 that records every request violation Prism reports and
// applies the few rewrites Prism cannot produce itself: pagination that ends, jobs that
// complete, realistic incident references, and injected faults (404/429/5xx).
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";

export type PrismVendor = "incident.io" | "Zendesk" | "Statuspage";

const DOCUMENTS: Record<PrismVendor, string> = {
  "incident.io": "incidentio-client",
  Zendesk: "zendesk-client",
  Statuspage: "statuspage-client",
};

/** The overlaid document openapi-tools writes at generation (the one the clients are typed by). */
export const documentPath = (vendor: PrismVendor): string =>
  new URL(`../../../${DOCUMENTS[vendor]}/src/generated/openapi.json`, import.meta.url).pathname;

const prismCli = (): string => {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@stoplight/prism-cli/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: { prism: string } };
  return join(dirname(manifest), bin.prism);
};

const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
};

export interface Fault {
  vendor: PrismVendor;
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get the fault (default: all). */
  times?: number;
}

export interface PrismOptions {
  /** Prism's `-d`: random data generated from the schemas, reproducible with the seed. */
  seed?: string;
}

export interface PrismVendors {
  env: Record<string, string>;
  /** Request violations Prism reported, one line each. */
  violations: string[];
  requests: number;
  /** Answers matching requests with an error instead of asking Prism. */
  faults: Fault[];
  /** Makes Zendesk's search pages point back at the same next page, as a looping cursor would. */
  keepPagination: boolean;
  close(): Promise<void>;
}

const LINK_KEYS = ["next_page", "after_url", "next"];

/** Pagination ends after one page: Prism serves the same example page for every cursor. */
function endPagination(vendor: PrismVendor, body: Record<string, unknown>): void {
  if (vendor === "incident.io") {
    const meta = body.pagination_meta as Record<string, unknown> | undefined;
    if (meta && typeof meta === "object") delete meta.after;
    return;
  }
  for (const key of LINK_KEYS) if (key in body) body[key] = null;
  if (body.meta && typeof body.meta === "object")
    (body.meta as Record<string, unknown>).has_more = false;
  if (body.links && typeof body.links === "object")
    (body.links as Record<string, unknown>).next = null;
  if ("end_of_stream" in body) body.end_of_stream = true;
}

const realisticIncident = (incident: unknown, index: number): void => {
  if (!incident || typeof incident !== "object") return;
  const i = incident as Record<string, unknown>;
  // incident.io ids are ULIDs; the client refuses anything else before sending.
  if (typeof i.id !== "string" || !/^[0-9A-Z]{26}$/.test(i.id)) i.id = "01JX4M7Q2R8T5V9W3Y6Z1A2B3C";
  if (typeof i.reference !== "string" || !/-\d+$/.test(i.reference))
    i.reference = `INC-${2417 + index}`;
  // Declared in the years the policy reads (Prism's random date-times span centuries).
  const year = typeof i.created_at === "string" ? Number(i.created_at.slice(0, 4)) : Number.NaN;
  if (!(year >= 1970 && year <= 9999)) i.created_at = "2026-06-03T14:05:00Z";
};

/** Zendesk's next page always the same link back to this proxy: the loop a broken cursor makes. */
function loopPagination(body: Record<string, unknown>, self: string, path: string): void {
  const next = `${self}${path}?page%5Bafter%5D=loop`;
  body.links = { next, prev: null };
  body.meta = { has_more: true, after_cursor: "loop", before_cursor: null };
}

function rewrite(
  vendor: PrismVendor,
  url: URL,
  body: unknown,
  pagination: { keep: boolean; self: string },
): unknown {
  if (!body || typeof body !== "object") return body;
  const b = body as Record<string, unknown>;
  const path = url.pathname;
  // A search for the incident tag finds tickets that carry it.
  const tag = /tags:"?(incident\/\d+)/.exec(url.searchParams.get("query") ?? "")?.[1];
  if (vendor === "Zendesk" && tag && Array.isArray(b.results)) {
    for (const result of b.results as Array<Record<string, unknown>>) {
      if (!result || typeof result !== "object") continue;
      const tags = Array.isArray(result.tags) ? result.tags : [];
      result.tags = [...tags, tag];
    }
  }
  if (pagination.keep && vendor === "Zendesk" && Array.isArray(b.results)) {
    loopPagination(b, pagination.self, url.pathname);
  } else endPagination(vendor, b);
  if (vendor === "incident.io") {
    realisticIncident(b.incident, 0);
    if (Array.isArray(b.incidents)) {
      const first = b.incidents.slice(0, 1);
      first.forEach(realisticIncident);
      b.incidents = first;
    }
  }
  // Jobs finish: Prism's random job status could otherwise stay "queued" for ever.
  if (vendor === "Zendesk" && path.startsWith("/api/v2/job_statuses/")) {
    const job = b.job_status as Record<string, unknown> | undefined;
    if (job && typeof job === "object") job.status = "completed";
  }
  return body;
}

async function startPrism(vendor: PrismVendor, port: number, options: PrismOptions) {
  const args = [prismCli(), "mock", "-h", "127.0.0.1", "-p", String(port), "--errors", "false"];
  if (options.seed !== undefined) args.push("-d", "--seed", options.seed);
  args.push(documentPath(vendor));
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism (${vendor}) did not start:\n${log}`)),
      90_000,
    );
    const listen = (chunk: Buffer) => {
      log += chunk.toString("utf8");
      if (log.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", listen);
    child.stderr?.on("data", listen);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism (${vendor}) exited ${code}:\n${log}`));
    });
  });
  // Never outlive the test process, whatever happens to it.
  process.once("exit", () => child.kill("SIGKILL"));
  // Keep draining its output so a full pipe never stalls it.
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

// A port found free can be taken before Prism binds it (another proxy listening on port 0,
// another test file): start again on a new port, a bounded number of times.
async function startPrismOnFreePort(
  vendor: PrismVendor,
  options: PrismOptions,
  children: ChildProcess[],
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      children.push(await startPrism(vendor, port, options));
      return port;
    } catch (error) {
      if (attempt >= 5 || !String((error as Error).message).includes("EADDRINUSE")) throw error;
    }
  }
}

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });

/** Starts Prism for each vendor behind its proxy; `close` stops them all, also after a failure. */
export async function startPrismVendors(options: PrismOptions = {}): Promise<PrismVendors> {
  const children: ChildProcess[] = [];
  const proxies: Server[] = [];
  const state: PrismVendors = {
    env: {},
    violations: [],
    requests: 0,
    faults: [],
    keepPagination: false,
    close: async () => {
      await Promise.all(children.map(stop));
      await Promise.all(proxies.map((p) => new Promise((resolve) => p.close(resolve))));
    },
  };
  try {
    const vendors = Object.keys(DOCUMENTS) as PrismVendor[];
    const origins = await Promise.all(
      vendors.map(async (vendor) => {
        const port = await startPrismOnFreePort(vendor, options, children);
        const proxy = proxyFor(vendor, `http://127.0.0.1:${port}`, state);
        proxies.push(proxy);
        await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
        return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      }),
    );
    const [incidentIo, zendesk, statuspage] = origins;
    state.env = {
      INCIDENT_IO_API_KEY: "prism-incident-key",
      INCIDENT_IO_BASE_URL: incidentIo ?? "",
      ZENDESK_BASE_URL: zendesk ?? "",
      ZENDESK_EMAIL: "watcher@example.com",
      ZENDESK_API_TOKEN: "prism-zendesk-token",
      STATUSPAGE_API_KEY: "prism-statuspage-key",
      STATUSPAGE_PAGE_ID: "pg7x1",
      // Prism ignores the document's base path, so Statuspage goes without /v1.
      STATUSPAGE_BASE_URL: statuspage ?? "",
    };
    return state;
  } catch (error) {
    await state.close();
    throw error;
  }
}

function proxyFor(vendor: PrismVendor, target: string, state: PrismVendors): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      state.requests++;
      const url = new URL(request.url ?? "/", target);
      const method = request.method ?? "GET";
      const fault = state.faults.find(
        (f) =>
          f.vendor === vendor &&
          f.method === method &&
          f.path.test(url.pathname) &&
          (f.times === undefined || f.times > 0),
      );
      if (fault) {
        if (fault.times !== undefined) fault.times--;
        response.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
        response.end(JSON.stringify(fault.body ?? { error: "Simulated fault" }));
        return;
      }
      try {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === "string" && name !== "host" && name !== "content-length")
            headers.set(name, value);
        }
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        const answer = await fetch(url, { method, headers, ...(body && { body }) });
        const text = await answer.text();
        const violations = answer.headers.get("sl-violations");
        const prismError = /stoplight\.io\/prism\/errors#/.test(text);
        if (violations || prismError) {
          state.violations.push(
            `${vendor} ${method} ${url.pathname}${url.search}: ${violations ?? text.slice(0, 500)}`,
          );
        }
        let out = text;
        if ((answer.headers.get("content-type") ?? "").includes("json") && text !== "") {
          out = JSON.stringify(
            rewrite(vendor, url, JSON.parse(text), {
              keep: state.keepPagination,
              self: `http://${request.headers.host ?? "127.0.0.1"}`,
            }),
          );
        }
        response.writeHead(answer.status, {
          "content-type": answer.headers.get("content-type") ?? "application/json",
        });
        response.end(out);
      } catch (error) {
        response.writeHead(502, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      }
    });
  });
}
