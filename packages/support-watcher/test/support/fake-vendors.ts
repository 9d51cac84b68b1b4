// A stateful stand-in for incident.io, Zendesk and Statuspage: enough of each API for the
// watcher's reads and writes, remembering every write so a second run sees the first one's work.
// Tests serve it through nock; the benchmark serves it over node:http.
import type { IncidentIoComponents as IncidentIo } from "@support/incidentio-client";
import type { StatuspageComponents as Statuspage } from "@support/statuspage-client";
import type { ZendeskComponents as Zendesk } from "@support/zendesk-client";

export type IncidentV2 = IncidentIo["schemas"]["IncidentV2"];
export type Attachment = IncidentIo["schemas"]["IncidentAttachmentV1"];
export type IncidentUpdate = IncidentIo["schemas"]["IncidentUpdateV2"];
export type Ticket = Zendesk["schemas"]["TicketObject"];
export type Macro = Zendesk["schemas"]["MacroObject"];
export type Organization = Zendesk["schemas"]["OrganizationObject"];
export type StatuspageIncident = Statuspage["schemas"]["Incident"];

export type Vendor = "incident.io" | "Zendesk" | "Statuspage";

export const BASE_URLS: Record<Vendor, string> = {
  "incident.io": "https://api.incident.io",
  Zendesk: "https://acme.zendesk.com",
  Statuspage: "https://api.statuspage.io/v1",
};

export interface FakeRequest {
  vendor: Vendor;
  method: string;
  /** The operation's path template, e.g. `/api/v2/tickets/{ticket_id}`. */
  operation: string;
  url: URL;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A vendor's rate limit: a token bucket refilled at `perSecond`, holding up to `burst`. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** Checks bodies against the vendor documents; the tests pass one, the benchmark none. */
export interface ContractCheck {
  request(vendor: Vendor, method: string, operation: string, body: unknown): void;
  response(vendor: Vendor, method: string, operation: string, status: number, body: unknown): void;
}

export interface FakeState {
  incident: IncidentV2;
  updates?: IncidentUpdate[];
  attachments?: Attachment[];
  tickets: Ticket[];
  macros?: Macro[];
  organizations?: Organization[];
  statuspageIncidents?: StatuspageIncident[];
}

interface Fault {
  matches: (request: FakeRequest) => boolean;
  status: number;
  times: number;
  /** Do the work, then answer with the error anyway (a response lost on the way back). */
  afterWork: boolean;
}

type Handler = (request: FakeRequest, params: string[]) => FakeResponse;
interface Route {
  vendor: Vendor;
  method: string;
  operation: string;
  pattern: RegExp;
  handle: Handler;
}

const LIVE_TICKET = new Set(["new", "open", "pending", "hold"]);
// `updated_at` is read-only for API callers; the vendor itself sets it.
const touch = (ticket: Ticket, at: string) => {
  (ticket as { updated_at?: string }).updated_at = at;
};
const tagsOf = (ticket: Ticket): string[] =>
  typeof ticket.tags === "string" ? ticket.tags.split(/\s+/).filter(Boolean) : (ticket.tags ?? []);

export class FakeVendors {
  readonly requests: FakeRequest[] = [];
  /** Public comments posted per ticket id. */
  readonly comments = new Map<number, string[]>();
  readonly incident: IncidentV2;
  readonly attachments: Attachment[];
  readonly tickets = new Map<number, Ticket>();
  readonly macros: Macro[];
  /** The incident's updates in incident.io, oldest first. */
  readonly updates: IncidentUpdate[];
  readonly #organizations: Organization[];
  readonly #statuspage: StatuspageIncident[];
  readonly #jobs = new Map<string, { ids: number[]; tags: string[]; polls: number }>();
  readonly #faults: Fault[] = [];
  readonly #check: ContractCheck | undefined;
  readonly #routes: Route[];
  #clock: number;
  #serial = 0;
  /** Rate limits per vendor; a request finding the bucket empty gets 429 with Retry-After. */
  rateLimits: Partial<Record<Vendor, RateLimit>> = {};
  /** 429 answers given. */
  rateLimited = 0;
  /** The real clock the buckets refill by (a benchmark may run it faster). */
  realNow: () => number = () => Date.now();
  readonly #buckets = new Map<Vendor, { tokens: number; at: number }>();
  /** How many polls a queued update_many job takes to complete. */
  pollsPerJob = 1;
  /** update_many jobs queued and not yet seen completed, and the most there ever were. */
  #jobsRunning = 0;
  mostJobsRunning = 0;

  constructor(state: FakeState, options: { check?: ContractCheck; clock?: string } = {}) {
    this.incident = structuredClone(state.incident);
    this.attachments = structuredClone(state.attachments ?? []);
    for (const ticket of structuredClone(state.tickets))
      this.tickets.set(ticket.id as number, ticket);
    this.macros = structuredClone(state.macros ?? []);
    this.updates = structuredClone(state.updates ?? []);
    this.#organizations = structuredClone(state.organizations ?? []);
    this.#statuspage = structuredClone(state.statuspageIncidents ?? []);
    this.#check = options.check;
    this.#clock = Date.parse(options.clock ?? "2026-06-03T16:10:00Z");
    this.#routes = this.#routeTable();
  }

  /**
   * The next `times` requests matching make the vendor answer `status`; with `afterWork` the
   * request takes effect first, as when a response is lost after the vendor did the work.
   */
  fail(
    matches: (request: FakeRequest) => boolean,
    status: number,
    options: { times?: number; afterWork?: boolean } = {},
  ): void {
    this.#faults.push({
      matches,
      status,
      times: options.times ?? 1,
      afterWork: options.afterWork ?? false,
    });
  }

  /** Requests that changed something. */
  writes(): FakeRequest[] {
    return this.requests.filter((r) => r.method !== "GET");
  }

  /** How many requests of each kind (`GET /api/v2/search/export`, …). */
  countByOperation(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.requests) {
      const key = `${r.vendor} ${r.method} ${r.operation}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  handle(vendor: Vendor, method: string, url: URL, body: unknown): FakeResponse {
    const base = new URL(BASE_URLS[vendor]);
    const path = url.pathname.slice(base.pathname.replace(/\/$/, "").length);
    for (const route of this.#routes) {
      if (route.vendor !== vendor || route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const request: FakeRequest = { vendor, method, operation: route.operation, url, body };
      this.requests.push(request);
      const wait = this.#take(vendor);
      if (wait !== undefined) {
        this.rateLimited++;
        return {
          status: 429,
          headers: { "retry-after": String(wait) },
          body: { error: "TooManyRequests", description: "Rate limit exceeded" },
        };
      }
      const fault = this.#faults.find((f) => f.times > 0 && f.matches(request));
      if (fault) fault.times--;
      const failure = fault && {
        status: fault.status,
        body: { error: "InternalError", description: "Simulated fault" },
      };
      if (failure && !fault?.afterWork) return failure;
      if (body !== undefined)
        this.#check?.request(vendor, method.toLowerCase(), route.operation, body);
      const response = route.handle(request, match.slice(1));
      if (failure) return failure;
      if (response.status < 300 && response.body !== undefined) {
        this.#check?.response(
          vendor,
          method.toLowerCase(),
          route.operation,
          response.status,
          response.body,
        );
      }
      return response;
    }
    return {
      status: 404,
      body: { error: "RecordNotFound", description: `No route ${method} ${path}` },
    };
  }

  /** Takes a token from the vendor's bucket; when it is empty, the whole seconds until the next one. */
  #take(vendor: Vendor): number | undefined {
    const limit = this.rateLimits[vendor];
    if (!limit) return undefined;
    const now = this.realNow();
    const bucket = this.#buckets.get(vendor) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(
      limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond,
    );
    bucket.at = now;
    this.#buckets.set(vendor, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens--;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
  }

  #tick(): string {
    this.#clock += 1000;
    return new Date(this.#clock).toISOString().replace(".000Z", "Z");
  }

  #routeTable(): Route[] {
    const route = (vendor: Vendor, method: string, operation: string, handle: Handler): Route => ({
      vendor,
      method,
      operation,
      pattern: new RegExp(`^${operation.replace(/\{[^}]+\}/g, "([^/]+)")}$`),
      handle,
    });
    return [
      route("incident.io", "GET", "/v2/incidents/{id}", (_, [id]) =>
        id === this.incident.id || id === this.incident.reference.replace("INC-", "")
          ? { status: 200, body: { incident: this.incident } }
          : {
              status: 404,
              body: {
                type: "not_found",
                status: 404,
                request_id: "r-1",
                errors: [{ code: "not_found", message: "Not found" }],
              },
            },
      ),
      route("incident.io", "GET", "/v2/incidents", () => ({
        status: 200,
        body: {
          incidents: this.incident.incident_status.category === "live" ? [this.incident] : [],
          pagination_meta: { page_size: 25, total_record_count: 1 },
        },
      })),
      route("incident.io", "GET", "/v1/incident_attachments", (r) => {
        // Filtered by incident, or by the attached resource (type and external id), or both.
        const query = r.url.searchParams;
        const wanted = (param: string, value: string) =>
          !query.has(param) || query.get(param) === value;
        return {
          status: 200,
          body: {
            incident_attachments: this.attachments.filter(
              (a) =>
                wanted("incident_id", a.incident_id) &&
                wanted("resource_type", a.resource.resource_type) &&
                wanted("external_id", a.resource.external_id),
            ),
          },
        };
      }),
      route("incident.io", "POST", "/v1/incident_attachments", (r) => {
        const { incident_id, resource } = r.body as {
          incident_id: string;
          resource: { external_id: string; resource_type: "zendesk_ticket" };
        };
        const attachment: Attachment = {
          id: `01JXATTACH${String(++this.#serial).padStart(16, "0")}`,
          incident_id,
          resource: {
            external_id: resource.external_id,
            resource_type: resource.resource_type,
            permalink: `${BASE_URLS.Zendesk}/agent/tickets/${resource.external_id}`,
            title: this.tickets.get(Number(resource.external_id))?.subject ?? "Zendesk ticket",
          },
        };
        this.attachments.push(attachment);
        return { status: 201, body: { incident_attachment: attachment } };
      }),
      route("incident.io", "GET", "/v2/incident_updates", () => ({
        status: 200,
        body: { incident_updates: this.updates, pagination_meta: { page_size: 250 } },
      })),
      route("Zendesk", "GET", "/api/v2/search/export", (r) => this.#search(r.url)),
      route("Zendesk", "GET", "/api/v2/tickets/show_many", (r) => {
        const ids = (r.url.searchParams.get("ids") ?? "").split(",").map(Number);
        return { status: 200, body: { tickets: ids.flatMap((id) => this.tickets.get(id) ?? []) } };
      }),
      route("Zendesk", "PUT", "/api/v2/tickets/update_many", (r) => {
        const ids = (r.url.searchParams.get("ids") ?? "").split(",").map(Number);
        const tags =
          (r.body as { ticket: { additional_tags?: string[] } }).ticket.additional_tags ?? [];
        const id = `job${String(++this.#serial).padStart(8, "0")}`;
        this.#jobs.set(id, { ids, tags, polls: 0 });
        this.mostJobsRunning = Math.max(this.mostJobsRunning, ++this.#jobsRunning);
        return {
          status: 200,
          body: {
            job_status: {
              id,
              status: "queued",
              url: `${BASE_URLS.Zendesk}/api/v2/job_statuses/${id}`,
            },
          },
        };
      }),
      route("Zendesk", "GET", "/api/v2/job_statuses/{job_status_id}", (_, [id]) => ({
        status: 200,
        body: { job_status: this.#poll(id ?? "") },
      })),
      route("Zendesk", "GET", "/api/v2/tickets/{ticket_id}", (_, [id]) => {
        const ticket = this.tickets.get(Number(id));
        return ticket
          ? { status: 200, body: { ticket } }
          : { status: 404, body: { error: "RecordNotFound", description: "Not found" } };
      }),
      route("Zendesk", "PUT", "/api/v2/tickets/{ticket_id}", (r, [id]) =>
        this.#updateTicket(Number(id), r.body),
      ),
      route("Zendesk", "GET", "/api/v2/organizations/show_many", (r) => {
        const ids = (r.url.searchParams.get("ids") ?? "").split(",").map(Number);
        return {
          status: 200,
          body: { organizations: this.#organizations.filter((o) => ids.includes(o.id ?? -1)) },
        };
      }),
      route("Zendesk", "GET", "/api/v2/organizations/{organization_id}", (_, [id]) => {
        const organization = this.#organizations.find((o) => o.id === Number(id));
        return organization
          ? { status: 200, body: { organization } }
          : { status: 404, body: { error: "RecordNotFound" } };
      }),
      route("Zendesk", "GET", "/api/v2/macros", () => ({
        status: 200,
        body: {
          macros: this.macros,
          count: this.macros.length,
          next_page: null,
          previous_page: null,
          meta: { has_more: false, after_cursor: null, before_cursor: null },
          links: { next: null, prev: null },
        },
      })),
      route("Zendesk", "GET", "/api/v2/macros/{macro_id}", (_, [id]) => {
        const macro = this.macros.find((m) => m.id === Number(id));
        return macro
          ? { status: 200, body: { macro } }
          : { status: 404, body: { error: "RecordNotFound", description: "Not found" } };
      }),
      route("Zendesk", "POST", "/api/v2/macros", (r) => {
        const input = (r.body as { macro: Macro }).macro;
        const now = this.#tick();
        const macro: Macro = {
          ...input,
          id: 36_000_000 + ++this.#serial,
          created_at: now,
          updated_at: now,
        };
        this.macros.push(macro);
        return { status: 200, body: { macro } };
      }),
      route("Zendesk", "DELETE", "/api/v2/macros/{macro_id}", (_, [id]) => {
        const index = this.macros.findIndex((m) => m.id === Number(id));
        if (index < 0) return { status: 404, body: { error: "RecordNotFound" } };
        this.macros.splice(index, 1);
        return { status: 204 };
      }),
      route("Statuspage", "GET", "/pages/{page_id}/incidents/{incident_id}", (_, [, id]) => {
        const incident = this.#statuspage.find((i) => i.id === id);
        return incident
          ? { status: 200, body: incident }
          : { status: 404, body: { error: "not found" } };
      }),
    ];
  }

  /**
   * `tags:<tag>`, `status<solved created>\<time>` and (watch) `updated>\<time>` are the queries
   * the watcher sends.
   */
  #search(url: URL): FakeResponse {
    const query = url.searchParams.get("query") ?? "";
    const size = Number(url.searchParams.get("page[size]") ?? 100);
    const offset = Number(url.searchParams.get("page[after]")?.slice(1) ?? 0);
    const tag = /tags:(\S+)/.exec(query)?.[1];
    const since = /created>(\S+)/.exec(query)?.[1];
    const updated = /updated>(\S+)/.exec(query)?.[1];
    const matches = [...this.tickets.values()].filter((t) =>
      tag
        ? tagsOf(t).includes(tag)
        : updated
          ? Date.parse(t.updated_at ?? "") > Date.parse(updated)
          : LIVE_TICKET.has(t.status ?? "") &&
            Date.parse(t.created_at ?? "") > Date.parse(since ?? ""),
    );
    const page = matches.slice(offset, offset + size);
    const more = offset + size < matches.length;
    const after = more ? `c${offset + size}` : null;
    return {
      status: 200,
      body: {
        results: page.map((t) => ({ ...t, result_type: "ticket" })),
        facets: null,
        meta: { has_more: more, after_cursor: after, before_cursor: null },
        links: {
          next: more ? `${BASE_URLS.Zendesk}/api/v2/search/export?page[after]=${after}` : null,
          prev: null,
        },
      },
    };
  }

  #poll(id: string) {
    const job = this.#jobs.get(id);
    if (!job) return { id, status: "failed", message: "no such job" };
    job.polls++;
    if (job.polls < this.pollsPerJob)
      return { id, status: "working", progress: 0, total: job.ids.length };
    if (job.polls === this.pollsPerJob) {
      this.#jobsRunning--;
      for (const ticketId of job.ids) {
        const ticket = this.tickets.get(ticketId);
        if (!ticket) continue;
        ticket.tags = [...new Set([...tagsOf(ticket), ...job.tags])];
        touch(ticket, this.#tick());
      }
    }
    return {
      id,
      status: "completed",
      progress: job.ids.length,
      total: job.ids.length,
      results: job.ids.map((ticketId) =>
        this.tickets.has(ticketId)
          ? { id: ticketId, action: "update", success: true, status: "Updated" }
          : {
              id: ticketId,
              action: "update",
              success: false,
              error: "TicketNotFound",
              details: "No such ticket",
            },
      ),
    };
  }

  #updateTicket(id: number, body: unknown): FakeResponse {
    const ticket = this.tickets.get(id);
    if (!ticket)
      return { status: 404, body: { error: "RecordNotFound", description: "Not found" } };
    const update = (body as { ticket: Ticket }).ticket;
    if (update.safe_update && update.updated_stamp !== ticket.updated_at) {
      return {
        status: 409,
        body: { error: "UpdateConflict", description: "The ticket was updated since you read it" },
      };
    }
    if (update.comment?.body)
      this.comments.set(id, [...(this.comments.get(id) ?? []), update.comment.body]);
    if (update.tags !== undefined) ticket.tags = update.tags;
    touch(ticket, this.#tick());
    return { status: 200, body: { ticket } };
  }
}
