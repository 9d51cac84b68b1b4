import { ConfigSchema, incidentTag, type TicketInput } from "@support/policy";
import {
  getStatuspageIncident,
  type Incident as StatuspageIncident,
} from "@support/statuspage-client";
import {
  showOrganizations,
  showTickets,
  ticketsTaggedIncident,
  type Organization as ZendeskOrganization,
} from "@support/zendesk-client";
import { DataProblems, isPositiveId, isUrl, UnusableDataError } from "../adapters/data-problems.js";
import { referenceNumber, toPolicyIncident } from "../adapters/incident.js";
import { findIncidentMacro, findTemplate, toPolicyMacro, usableMacros } from "../adapters/macro.js";
import { People } from "../adapters/people.js";
import { toPolicyStatusPage } from "../adapters/status-page.js";
import { toPolicyOrganization, toPolicyTicket } from "../adapters/tickets.js";
import { Warnings } from "../adapters/warnings.js";
import { policyConfigOf } from "../config/policy-config.js";
import type { WatcherConfig } from "../config/schema.js";
import { slackFields, withSlackFields } from "../slack/fields.js";
import { readSlack, type SlackReading } from "../slack/read.js";
import { teamChannelOf } from "../slack/thread.js";
import type { Snapshot } from "../snapshot.js";
import { fill } from "../text/fill.js";
import type { Vendors } from "../vendors/clients.js";
import {
  getIncident,
  type IncidentAttachment,
  type IncidentIoIncident,
  type IncidentUpdate,
  listAttachments,
  listUpdates,
} from "../vendors/incident-io.js";
import {
  listMacros,
  SEARCH_EXPORT_PAGE_SIZE,
  searchTickets,
  searchTime,
  type ZendeskMacro,
  type ZendeskTicket,
} from "../vendors/zendesk.js";
import { vendorStep } from "./vendor-step.js";

const STATUSPAGE_RESOURCE = "atlassian_statuspage_incident";

export interface LiveState {
  snapshot: Snapshot;
  incident: IncidentIoIncident;
  /** The incident's attachments in incident.io, as read. */
  attachments: IncidentAttachment[];
  /** Zendesk ticket ids already attached to the incident in incident.io. */
  attached: Set<string>;
  /** The Zendesk tickets read, by id (current tags and update stamps for the sweep). */
  zendeskTickets: Map<string, ZendeskTicket>;
  incidentMacro: ZendeskMacro | undefined;
  template: ZendeskMacro | undefined;
  /** The public status page link for this incident, when known. */
  statusPageUrl: string | undefined;
  /** What Slack said, when SLACK_BOT_TOKEN is set and the command reads it. */
  slack: SlackReading | undefined;
  /** The vendors read, in order: `incident.io`, `Zendesk`, `Statuspage`, `Slack`. */
  sources: string[];
}

export interface LoadOptions {
  reference: string;
  config: WatcherConfig;
  vendors: Vendors;
  /** The instant the decisions are for (`--now`, else the clock). */
  now: string;
  /** When the reading starts (the real clock), recorded as the snapshot's `source.fetchedAt`. */
  fetchedAt?: string;
  /** The briefing also reads updates, the Statuspage entry, organizations and Slack; the sweep does not. */
  full: boolean;
  progress?: (message: string) => void;
}

/**
 * Everything read from the vendors for one incident, as they sent it: what `mapLiveData` turns
 * into the policy's input, and what a poll loop refreshes piece by piece.
 */
export interface LiveData {
  incident: IncidentIoIncident;
  /** The incident's attachments, unfiltered. */
  attachments: IncidentAttachment[];
  updates: IncidentUpdate[];
  /** The Statuspage incident the incident links, when read. */
  statusPage: StatuspageIncident | undefined;
  /** Tagged, queued and attached tickets, by id. */
  tickets: Map<string, ZendeskTicket>;
  organizations: Map<number, ZendeskOrganization>;
  macros: ZendeskMacro[];
  /** What Slack said (full reads with SLACK_BOT_TOKEN set). */
  slack: SlackReading | undefined;
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

const incidentCall = (object: string) => ({
  vendor: "incident.io",
  method: "GET",
  path: "/v2/incidents/{id}",
  object,
});
const SEARCH = { vendor: "Zendesk", method: "GET", path: "/api/v2/search/export" };

/** The incident's number (from its reference); an incident without an id cannot be worked on. */
export function incidentNumber(incident: IncidentIoIncident, asked: string): Promise<number> {
  return vendorStep(incidentCall(asked), () => {
    if (typeof incident?.id !== "string" || incident.id === "") {
      throw new UnusableDataError("id", incident?.id, "the incident has no id");
    }
    return referenceNumber(incident);
  });
}

/**
 * The attachments the policy can use, the attached Zendesk ticket ids, whether that list is
 * complete (no attachment had to be dropped) and the Statuspage link.
 */
export function attachmentFacts(raw: readonly IncidentAttachment[], problems: DataProblems) {
  let complete = true;
  const attachments = raw.filter((a) => {
    if (typeof a?.resource?.resource_type === "string") return true;
    problems.add({
      vendor: "incident.io",
      object: "incident attachment",
      id: typeof a?.id === "string" ? a.id : "unknown",
      field: "resource",
      value: a?.resource,
      action: "dropped the attachment: it names no resource",
    });
    complete = false;
    return false;
  });
  const attached = new Set<string>();
  for (const a of attachments) {
    if (a.resource.resource_type !== "zendesk_ticket") continue;
    if (/^\d+$/.test(String(a.resource.external_id)) && Number(a.resource.external_id) > 0) {
      attached.add(String(a.resource.external_id));
    } else {
      problems.add({
        vendor: "incident.io",
        object: "incident attachment",
        id: String(a.id),
        field: "resource.external_id",
        value: a.resource.external_id,
        action: "dropped the attachment: not a Zendesk ticket id",
      });
      complete = false;
    }
  }
  const statusPage = attachments.find(
    (a) =>
      a.resource.resource_type === STATUSPAGE_RESOURCE &&
      typeof a.resource.external_id === "string" &&
      a.resource.external_id !== "",
  );
  return { attachments, attached, complete, statusPage };
}

/**
 * Whether a ticket is attached, as the policy's `attachedToIncident`: true or false when every
 * attachment was read; when one could not be, a ticket not listed is not known to be unattached
 * (undefined: the policy counts the incident tag instead).
 */
export const attachedOf =
  (facts: Pick<ReturnType<typeof attachmentFacts>, "attached" | "complete">) =>
  (ticketId: string): boolean | undefined =>
    facts.attached.has(ticketId) || (facts.complete ? false : undefined);

/** Since when open queue tickets can be related: `lookbackMinutes` before the declaration. */
export function queueSince(
  incident: IncidentIoIncident,
  config: WatcherConfig,
): string | undefined {
  const { lookbackMinutes } = ConfigSchema.parse(policyConfigOf(config));
  // Zendesk's search takes whole seconds; the declaration time is checked by the adapter.
  const declared = Date.parse(incident.created_at);
  return Number.isFinite(declared) ? searchTime(declared - lookbackMinutes * 60_000) : undefined;
}

/** A ticket's organization id, when it is a usable one (a bad one is a data problem). */
export function organizationIdOf(
  ticket: ZendeskTicket,
  problems: DataProblems,
): number | undefined {
  const id = ticket.organization_id;
  if (id === undefined || id === null) return undefined;
  if (isPositiveId(id)) return id;
  problems.add({
    vendor: "Zendesk",
    object: "ticket",
    id: String(ticket.id),
    field: "organization_id",
    value: id,
    action: "dropped: the ticket is shown without its organization",
  });
  return undefined;
}

/** Adds tickets to the map by id (the last read wins). */
export function putTickets(into: Map<string, ZendeskTicket>, tickets: readonly ZendeskTicket[]) {
  for (const ticket of tickets) {
    if (ticket && ticket.id !== undefined && ticket.id !== null)
      into.set(String(ticket.id), ticket);
  }
}

/** The Statuspage incident an attachment links (Statuspage credentials are needed then). */
export function readStatusPage(
  vendors: Vendors,
  link: IncidentAttachment,
  reference: string,
): Promise<StatuspageIncident> {
  const client = vendors.statuspage();
  return vendorStep(
    {
      vendor: "Statuspage",
      method: "GET",
      path: "/pages/{page_id}/incidents/{incident_id}",
      object: `status page incident ${link.resource.external_id} of ${reference}`,
    },
    () => getStatuspageIncident(client, link.resource.external_id),
  );
}

export const readAttachments = (vendors: Vendors, incident: IncidentIoIncident, about: string) =>
  vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v1/incident_attachments", object: about },
    () => listAttachments(vendors.incidentIo(), incident.id),
  );

export const readUpdates = (vendors: Vendors, incident: IncidentIoIncident, about: string) =>
  vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v2/incident_updates", object: about },
    () => listUpdates(vendors.incidentIo(), incident.id),
  );

export const readMacros = (vendors: Vendors) =>
  vendorStep({ vendor: "Zendesk", method: "GET", path: "/api/v2/macros", object: "macros" }, () =>
    listMacros(vendors.zendesk()),
  );

/** Tickets by id (`show_many`), for attached tickets the searches did not return. */
export const readTicketsById = (vendors: Vendors, ids: readonly string[], reference: string) =>
  vendorStep(
    {
      vendor: "Zendesk",
      method: "GET",
      path: "/api/v2/tickets/show_many",
      object: `tickets attached to ${reference}`,
    },
    () => showTickets(vendors.zendesk(), ids.map(Number)),
  );

export async function readOrganizations(
  vendors: Vendors,
  ids: readonly number[],
  reference: string,
  into: Map<number, ZendeskOrganization>,
): Promise<void> {
  const found = await vendorStep(
    {
      vendor: "Zendesk",
      method: "GET",
      path: "/api/v2/organizations/show_many",
      object: `organizations of ${reference}'s tickets`,
    },
    () => showOrganizations(vendors.zendesk(), [...ids]),
  );
  for (const org of found) if (isPositiveId(org?.id)) into.set(org.id, org);
}

/**
 * Reads one incident and everything around it from incident.io, Zendesk and (for the briefing)
 * Statuspage, as the vendors send it.
 */
export async function readLiveData(options: LoadOptions): Promise<LiveData> {
  const { config, vendors, full } = options;
  const progress = options.progress ?? (() => {});
  const scratch = new DataProblems();
  // Created first, outside the vendor steps: a bad base URL or credential is the user's to fix.
  const incidentIo = vendors.incidentIo();
  const zendesk = vendors.zendesk();
  const asked = `incident ${options.reference}`;

  progress(`reading ${options.reference} from incident.io`);
  const incident = await vendorStep(incidentCall(asked), () =>
    getIncident(incidentIo, options.reference),
  );
  const number = await incidentNumber(incident, asked);
  const reference = `INC-${number}`;
  const about = `incident ${reference}`;
  const attachments = await readAttachments(vendors, incident, about);
  const facts = attachmentFacts(attachments, scratch);
  const updates = full ? await readUpdates(vendors, incident, about) : [];
  const statusPage =
    full && facts.statusPage
      ? await readStatusPage(vendors, facts.statusPage, reference)
      : undefined;

  const tag = incidentTag({ number });
  const since = queueSince(incident, config);
  progress("searching Zendesk for tagged and queued tickets");
  const tagged = await vendorStep({ ...SEARCH, object: `tickets tagged ${tag}` }, () =>
    collect(ticketsTaggedIncident(zendesk, number, { pageSize: SEARCH_EXPORT_PAGE_SIZE })),
  );
  const queued = since
    ? await vendorStep({ ...SEARCH, object: `open tickets created since ${since}` }, () =>
        searchTickets(zendesk, `status<solved created>${since}`),
      )
    : [];
  const tickets = new Map<string, ZendeskTicket>();
  putTickets(tickets, [...tagged, ...queued]);
  const missing = [...facts.attached].filter((id) => !tickets.has(id));
  if (missing.length > 0) putTickets(tickets, await readTicketsById(vendors, missing, reference));

  const organizations = new Map<number, ZendeskOrganization>();
  const organizationIds = [
    ...new Set([...tickets.values()].flatMap((t) => organizationIdOf(t, scratch) ?? [])),
  ];
  if (full && organizationIds.length > 0)
    await readOrganizations(vendors, organizationIds, reference, organizations);

  progress("reading Zendesk macros");
  const macros = await readMacros(vendors);
  const slack = full
    ? await readSlackOf(vendors, incident, reference, config, progress)
    : undefined;
  return { incident, attachments, updates, statusPage, tickets, organizations, macros, slack };
}

/** The Slack reading of an incident, when SLACK_BOT_TOKEN is set (undefined otherwise). */
export async function readSlackOf(
  vendors: Vendors,
  incident: IncidentIoIncident,
  reference: string,
  config: WatcherConfig,
  progress: (message: string) => void = () => {},
): Promise<SlackReading | undefined> {
  if (!vendors.slack) return undefined;
  return readSlackFor(
    vendors.slack,
    incident,
    { reference, declaredAt: incident.created_at },
    config,
    progress,
  );
}

/**
 * Maps what was read onto the policy's input: a snapshot (scenario-shaped, with the data
 * problems found on the way) that `buildBriefing` evaluates. Makes no request.
 */
export async function mapLiveData(data: LiveData, options: LoadOptions): Promise<LiveState> {
  const { config } = options;
  const warnings = new Warnings();
  const problems = new DataProblems();
  const people = new People(config, warnings);
  const policyConfig = policyConfigOf(config);
  const { incident } = data;
  const number = await incidentNumber(incident, `incident ${options.reference}`);
  const reference = `INC-${number}`;
  const about = `incident ${reference}`;
  const facts = attachmentFacts(data.attachments, problems);
  const { attachments, attached, statusPage: link } = facts;
  if (!facts.complete) {
    problems.add({
      vendor: "incident.io",
      object: "incident",
      id: reference,
      field: "incident_attachments",
      value: data.attachments.length,
      action:
        "left attachedToIncident unset on tickets not listed: an attachment could not be read, so the incident tag counts as attached",
    });
  }
  const attachedTo = attachedOf(facts);
  const statusPage =
    data.statusPage && link
      ? await vendorStep(
          {
            vendor: "Statuspage",
            method: "GET",
            path: "/pages/{page_id}/incidents/{incident_id}",
            object: `status page incident ${link.resource.external_id} of ${reference}`,
          },
          () =>
            toPolicyStatusPage(
              data.statusPage as StatuspageIncident,
              { permalink: link.resource.permalink, pageUrl: config.statusPage.url },
              problems,
            ),
        )
      : undefined;
  const tag = incidentTag({ number });
  const { macroTemplate } = ConfigSchema.parse(policyConfig);
  const macros = usableMacros(data.macros, problems);
  const [incidentMacro, template] = await vendorStep(
    {
      vendor: "Zendesk",
      method: "GET",
      path: "/api/v2/macros",
      object: `the macro tagging ${tag}`,
    },
    () => [findIncidentMacro(macros, tag), findTemplate(macros, macroTemplate)] as const,
  );

  const markerTag = fill(config.zendesk.resolutionNotice.markerTag, { number: String(number) });
  const policyTickets: TicketInput[] = [];
  for (const ticket of data.tickets.values()) {
    const orgId = organizationIdOf(ticket, problems);
    const org = orgId === undefined ? undefined : data.organizations.get(orgId);
    const mapped = await vendorStep({ ...SEARCH, object: `ticket ${String(ticket.id)}` }, () =>
      toPolicyTicket(
        ticket,
        {
          attached: attachedTo(String(ticket.id)),
          organization: org && toPolicyOrganization(org, config, people),
          markerTag,
        },
        problems,
      ),
    );
    if (mapped) policyTickets.push(mapped);
  }
  const policyIncident = await vendorStep(incidentCall(about), () =>
    toPolicyIncident(
      {
        incident,
        updates: data.updates,
        ...(statusPage && { statusPage }),
        ...(incidentMacro && { macro: toPolicyMacro(incidentMacro, problems) }),
      },
      config,
      people,
      warnings,
      problems,
    ),
  );
  const slack = data.slack;
  for (const problem of slack?.problems ?? []) problems.add(problem);
  const slackSays = slack ? slackFields(slack, policyIncident.macro?.createdAt) : {};
  const sources = [
    "incident.io",
    "Zendesk",
    ...(statusPage ? ["Statuspage"] : []),
    ...(slack && slack.read.length > 0 ? ["Slack"] : []),
  ];
  return {
    snapshot: {
      incident: withSlackFields(policyIncident, slackSays),
      ...(Object.keys(slackSays).length > 0 && { fromSlack: Object.keys(slackSays).sort() }),
      tickets: policyTickets,
      team: config.team,
      config: policyConfig,
      now: options.now,
      warnings: warnings.list(),
      dataProblems: problems.list(),
      source: { kind: "live", fetchedAt: options.fetchedAt ?? options.now, incident: reference },
    },
    incident,
    attachments,
    attached,
    zendeskTickets: data.tickets,
    incidentMacro,
    template,
    statusPageUrl: statusPage?.url ?? [link?.resource.permalink, config.statusPage.url].find(isUrl),
    slack,
    sources,
  };
}

/**
 * Reads one incident and maps it onto the policy's input (`readLiveData`, then `mapLiveData`).
 * It keeps no state between calls; `watch` keeps the data and refreshes only what changed.
 */
export async function loadLiveState(options: LoadOptions): Promise<LiveState> {
  return mapLiveData(await readLiveData(options), options);
}

/** The roster's Slack member ids (`slack: "U0123ABCD"`), for naming the people in a thread. */
const rosterSlackIds = (config: WatcherConfig): Map<string, string> =>
  new Map(
    [...config.team, ...config.accountTeam].flatMap((person) =>
      person.slack && /^[UW][A-Z0-9]{6,}$/.test(person.slack)
        ? [[person.slack, person.name] as const]
        : [],
    ),
  );

async function readSlackFor(
  client: () => Promise<import("@slack/web-api").WebClient>,
  incident: IncidentIoIncident,
  about: { reference: string; declaredAt: string },
  config: WatcherConfig,
  progress: (message: string) => void,
): Promise<SlackReading> {
  progress("reading Slack");
  const channelId = (incident as { slack_channel_id?: unknown }).slack_channel_id;
  const { slack } = config;
  return readSlack({
    client: await client(),
    incident: {
      ...about,
      channelId: typeof channelId === "string" && channelId !== "" ? channelId : undefined,
    },
    teamChannel: teamChannelOf(config),
    recognition: slack,
    maxPages: slack.maxPages,
    rosterNames: rosterSlackIds(config),
  });
}
