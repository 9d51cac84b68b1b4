import { incidentTag } from "@support/policy";
import { DataProblems } from "../adapters/data-problems.js";
import { findIncidentMacro, usableMacros } from "../adapters/macro.js";
import { ticketTags } from "../adapters/tickets.js";
import type { WatcherConfig } from "../config/schema.js";
import {
  attachmentFacts,
  incidentNumber,
  type LiveData,
  type LiveState,
  mapLiveData,
  organizationIdOf,
  putTickets,
  queueSince,
  readAttachments,
  readLiveData,
  readOrganizations,
  readSlackOf,
  readStatusPage,
  readTicketsById,
  readUpdates,
} from "../live/load.js";
import { vendorStep } from "../live/vendor-step.js";
import type { Vendors } from "../vendors/clients.js";
import { getIncident } from "../vendors/incident-io.js";
import {
  recentMacros,
  searchTickets,
  searchTime,
  showMacro,
  type ZendeskMacro,
  type ZendeskTicket,
} from "../vendors/zendesk.js";

/**
 * Tickets updated this long before the previous read are read again: Zendesk's search index
 * can take a few minutes to show a change, and a ticket read twice costs nothing extra.
 */
export const SEARCH_OVERLAP_MS = 5 * 60_000;

const LIVE_TICKET = new Set(["new", "open", "pending", "hold"]);

export interface PollerOptions {
  reference: string;
  config: WatcherConfig;
  vendors: Vendors;
  /** The real clock: when each read starts. */
  clock(): number;
  /** Every this many polls everything is read again. */
  fullReadEvery: number;
}

export interface PolledState {
  state: LiveState;
  /** Whether this poll read everything (the first, and every `fullReadEvery`-th). */
  full: boolean;
}

/**
 * Reads a live incident again and again with the fewest requests. The first poll (and every
 * `fullReadEvery`-th) reads everything, as `brief` does. The others read:
 *  - the incident (1 request), and its updates only when its `updated_at` moved;
 *  - Zendesk tickets updated since the previous read (one search export: `updated>…`, with a
 *    few minutes' overlap), merged into what is known by the same rules the full read uses;
 *  - the attachments only when the incident moved, a ticket newly carries the incident tag, or
 *    no Statuspage incident is linked yet;
 *  - tickets attached since (`show_many`) and organizations not yet known;
 *  - the incident macro by id (1 request), or while there is none the most recently updated
 *    macros (1 request);
 *  - the linked Statuspage incident (1 request);
 *  - with SLACK_BOT_TOKEN set, the Slack reading again (as `brief` reads it).
 * None of the three vendors documents conditional requests (ETag / If-None-Match), so none are
 * sent; incident.io and Zendesk's timestamps stand in for them.
 */
export class LivePoller {
  readonly #options: PollerOptions;
  #data: LiveData | undefined;
  /** When the previous ticket read started (real clock, ms). */
  #readAt = 0;
  #polls = 0;

  constructor(options: PollerOptions) {
    this.#options = options;
  }

  async poll(now: string, fetchedAt: string): Promise<PolledState> {
    const { config } = this.#options;
    const load = {
      reference: this.#options.reference,
      config,
      vendors: this.#options.vendors,
      now,
      fetchedAt,
      full: true,
    };
    const started = this.#options.clock();
    const full = this.#data === undefined || this.#polls % this.#options.fullReadEvery === 0;
    this.#polls++;
    if (full) this.#data = await readLiveData(load);
    else await this.#refresh(this.#data as LiveData);
    this.#readAt = started;
    return { state: await mapLiveData(this.#data as LiveData, load), full };
  }

  async #refresh(data: LiveData): Promise<void> {
    const { vendors, config } = this.#options;
    const scratch = new DataProblems();
    const asked = `incident ${this.#options.reference}`;
    const incident = await vendorStep(
      { vendor: "incident.io", method: "GET", path: "/v2/incidents/{id}", object: asked },
      () => getIncident(vendors.incidentIo(), this.#options.reference),
    );
    const number = await incidentNumber(incident, asked);
    const reference = `INC-${number}`;
    const about = `incident ${reference}`;
    const moved = incident.updated_at !== data.incident.updated_at;
    data.incident = incident;
    if (moved) data.updates = await readUpdates(vendors, incident, about);

    const tag = incidentTag({ number });
    const since = queueSince(incident, config);
    const changed = await vendorStep(
      {
        vendor: "Zendesk",
        method: "GET",
        path: "/api/v2/search/export",
        object: `tickets updated since the last poll`,
      },
      () =>
        searchTickets(vendors.zendesk(), `updated>${searchTime(this.#readAt - SEARCH_OVERLAP_MS)}`),
    );
    let facts = attachmentFacts(data.attachments, scratch);
    const newlyTagged = changed.some(
      (t) => ticketTags(t).includes(tag) && !facts.attached.has(String(t.id)),
    );
    if (moved || newlyTagged || !facts.statusPage) {
      data.attachments = await readAttachments(vendors, incident, about);
      facts = attachmentFacts(data.attachments, scratch);
    }
    // The full read's rules: tagged (any status), open and created in the look-back, or attached.
    const belongs = (t: ZendeskTicket) =>
      ticketTags(t).includes(tag) ||
      facts.attached.has(String(t.id)) ||
      (since !== undefined &&
        LIVE_TICKET.has(t.status ?? "") &&
        Date.parse(t.created_at ?? "") > Date.parse(since));
    for (const ticket of changed) {
      if (belongs(ticket)) putTickets(data.tickets, [ticket]);
      else data.tickets.delete(String(ticket.id));
    }
    const missing = [...facts.attached].filter((id) => !data.tickets.has(id));
    if (missing.length > 0)
      putTickets(data.tickets, await readTicketsById(vendors, missing, reference));
    const unknownOrgs = [
      ...new Set([...data.tickets.values()].flatMap((t) => organizationIdOf(t, scratch) ?? [])),
    ].filter((id) => !data.organizations.has(id));
    if (unknownOrgs.length > 0)
      await readOrganizations(vendors, unknownOrgs, reference, data.organizations);

    data.macros = await this.#macros(data.macros, tag, scratch);
    data.statusPage = facts.statusPage
      ? await readStatusPage(vendors, facts.statusPage, reference)
      : undefined;
    // Slack has no "changed since" either: its reading (the workflow thread, the incident
    // channel) is taken again, when SLACK_BOT_TOKEN is set.
    data.slack = await readSlackOf(vendors, incident, reference, config);
  }

  /** The macro list with the incident macro read again by id, or the recent macros merged in. */
  async #macros(
    known: ZendeskMacro[],
    tag: string,
    scratch: DataProblems,
  ): Promise<ZendeskMacro[]> {
    const { vendors } = this.#options;
    const current = findIncidentMacro(usableMacros(known, scratch), tag);
    const call = { vendor: "Zendesk", method: "GET" };
    if (current?.id !== undefined) {
      const id = Number(current.id);
      const fresh = await vendorStep(
        { ...call, path: "/api/v2/macros/{macro_id}", object: `macro ${id}` },
        () => showMacro(vendors.zendesk(), id),
      );
      const others = known.filter((m) => Number(m.id) !== id);
      return fresh ? [...others, fresh] : others;
    }
    const recent = await vendorStep(
      { ...call, path: "/api/v2/macros", object: "recently updated macros" },
      () => recentMacros(vendors.zendesk()),
    );
    const ids = new Set(recent.map((m) => Number(m.id)));
    return [...known.filter((m) => !ids.has(Number(m.id))), ...recent];
  }
}
