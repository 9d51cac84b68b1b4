import { ConfigSchema, incidentTag, type TicketInput } from "@support/policy";
import { getStatuspageIncident } from "@support/statuspage-client";
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
import type { Snapshot } from "../snapshot.js";
import { fill } from "../text/fill.js";
import type { Vendors } from "../vendors/clients.js";
import {
  getIncident,
  type IncidentAttachment,
  type IncidentIoIncident,
  listAttachments,
  listUpdates,
} from "../vendors/incident-io.js";
import {
  listMacros,
  SEARCH_EXPORT_PAGE_SIZE,
  searchTickets,
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

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

/**
 * Reads one incident and everything around it from incident.io, Zendesk and (for the briefing)
 * Statuspage, and maps it onto the policy's input: a snapshot (scenario-shaped, with the data
 * problems found on the way) that `buildBriefing` evaluates. A poll loop can call it again and
 * again; it keeps no state between calls.
 */
export async function loadLiveState(options: LoadOptions): Promise<LiveState> {
  const { config, vendors, full } = options;
  const progress = options.progress ?? (() => {});
  const warnings = new Warnings();
  const problems = new DataProblems();
  const people = new People(config, warnings);
  const policyConfig = policyConfigOf(config);
  // Created first, outside the vendor steps: a bad base URL or credential is the user's to fix.
  const incidentIo = vendors.incidentIo();
  const zendesk = vendors.zendesk();
  const asked = `incident ${options.reference}`;

  progress(`reading ${options.reference} from incident.io`);
  const incident = await vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v2/incidents/{id}", object: asked },
    () => getIncident(incidentIo, options.reference),
  );
  const number = await vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v2/incidents/{id}", object: asked },
    () => {
      if (typeof incident?.id !== "string" || incident.id === "") {
        throw new UnusableDataError("id", incident?.id, "the incident has no id");
      }
      return referenceNumber(incident);
    },
  );
  const reference = `INC-${number}`;
  const about = `incident ${reference}`;
  const attachments = await vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v1/incident_attachments", object: about },
    async () =>
      (await listAttachments(incidentIo, incident.id)).filter((a) => {
        if (typeof a?.resource?.resource_type === "string") return true;
        problems.add({
          vendor: "incident.io",
          object: "incident attachment",
          id: typeof a?.id === "string" ? a.id : "unknown",
          field: "resource",
          value: a?.resource,
          action: "dropped the attachment: it names no resource",
        });
        return false;
      }),
  );
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
    }
  }
  const statusPageAttachment = attachments.find(
    (a) =>
      a.resource.resource_type === STATUSPAGE_RESOURCE &&
      typeof a.resource.external_id === "string" &&
      a.resource.external_id !== "",
  );
  const updates = full
    ? await vendorStep(
        { vendor: "incident.io", method: "GET", path: "/v2/incident_updates", object: about },
        () => listUpdates(incidentIo, incident.id),
      )
    : [];
  const statuspage = full && statusPageAttachment ? vendors.statuspage() : undefined;
  const statusPage =
    statuspage && statusPageAttachment
      ? await vendorStep(
          {
            vendor: "Statuspage",
            method: "GET",
            path: "/pages/{page_id}/incidents/{incident_id}",
            object: `status page incident ${statusPageAttachment.resource.external_id} of ${reference}`,
          },
          async () =>
            toPolicyStatusPage(
              await getStatuspageIncident(statuspage, statusPageAttachment.resource.external_id),
              {
                permalink: statusPageAttachment.resource.permalink,
                pageUrl: config.statusPage.url,
              },
              problems,
            ),
        )
      : undefined;

  const tag = incidentTag({ number });
  const { lookbackMinutes, macroTemplate } = ConfigSchema.parse(policyConfig);
  // Zendesk's search takes whole seconds; the declaration time is checked by the adapter below.
  const declared = Date.parse(incident.created_at);
  const since = Number.isFinite(declared)
    ? new Date(declared - lookbackMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z")
    : undefined;
  progress("searching Zendesk for tagged and queued tickets");
  const search = { vendor: "Zendesk", method: "GET", path: "/api/v2/search/export" };
  const tagged = await vendorStep({ ...search, object: `tickets tagged ${tag}` }, () =>
    collect(ticketsTaggedIncident(zendesk, number, { pageSize: SEARCH_EXPORT_PAGE_SIZE })),
  );
  const queued = since
    ? await vendorStep({ ...search, object: `open tickets created since ${since}` }, () =>
        searchTickets(zendesk, `status<solved created>${since}`),
      )
    : [];
  const tickets = new Map<string, ZendeskTicket>();
  for (const ticket of [...tagged, ...queued]) {
    if (ticket && ticket.id !== undefined && ticket.id !== null)
      tickets.set(String(ticket.id), ticket);
  }
  const missing = [...attached].filter((id) => !tickets.has(id));
  if (missing.length > 0) {
    const shown = await vendorStep(
      {
        vendor: "Zendesk",
        method: "GET",
        path: "/api/v2/tickets/show_many",
        object: `tickets attached to ${reference}`,
      },
      () => showTickets(zendesk, missing.map(Number)),
    );
    for (const ticket of shown) {
      if (ticket && ticket.id !== undefined) tickets.set(String(ticket.id), ticket);
    }
  }

  const organizationOf = (ticket: ZendeskTicket): number | undefined => {
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
  };
  const organizations = new Map<number, ZendeskOrganization>();
  const organizationIds = [
    ...new Set([...tickets.values()].flatMap((t) => organizationOf(t) ?? [])),
  ];
  if (full && organizationIds.length > 0) {
    const found = await vendorStep(
      {
        vendor: "Zendesk",
        method: "GET",
        path: "/api/v2/organizations/show_many",
        object: `organizations of ${reference}'s tickets`,
      },
      () => showOrganizations(zendesk, organizationIds),
    );
    for (const org of found) if (isPositiveId(org?.id)) organizations.set(org.id, org);
  }

  progress("reading Zendesk macros");
  const macroCall = { vendor: "Zendesk", method: "GET", path: "/api/v2/macros" };
  const macros = usableMacros(
    await vendorStep({ ...macroCall, object: "macros" }, () => listMacros(zendesk)),
    problems,
  );
  const [incidentMacro, template] = await vendorStep(
    { ...macroCall, object: `the macro tagging ${tag}` },
    () => [findIncidentMacro(macros, tag), findTemplate(macros, macroTemplate)] as const,
  );

  const markerTag = fill(config.zendesk.resolutionNotice.markerTag, { number: String(number) });
  const policyTickets: TicketInput[] = [];
  for (const ticket of tickets.values()) {
    const orgId = organizationOf(ticket);
    const org = orgId === undefined ? undefined : organizations.get(orgId);
    const mapped = await vendorStep(
      {
        vendor: "Zendesk",
        method: "GET",
        path: "/api/v2/search/export",
        object: `ticket ${String(ticket.id)}`,
      },
      () =>
        toPolicyTicket(
          ticket,
          {
            attached: attached.has(String(ticket.id)),
            organization: org && toPolicyOrganization(org, config, people),
            markerTag,
          },
          problems,
        ),
    );
    if (mapped) policyTickets.push(mapped);
  }
  const policyIncident = await vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v2/incidents/{id}", object: about },
    () =>
      toPolicyIncident(
        {
          incident,
          updates,
          ...(statusPage && { statusPage }),
          ...(incidentMacro && { macro: toPolicyMacro(incidentMacro, problems) }),
        },
        config,
        people,
        warnings,
        problems,
      ),
  );
  const macroCreatedAt = policyIncident.macro?.createdAt;
  const slack =
    full && vendors.slack
      ? await readSlackFor(
          vendors.slack,
          incident,
          { reference, declaredAt: policyIncident.declaredAt },
          config,
          progress,
        )
      : undefined;
  for (const problem of slack?.problems ?? []) problems.add(problem);
  const slackSays = slack ? slackFields(slack, macroCreatedAt) : {};
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
    zendeskTickets: tickets,
    incidentMacro,
    template,
    statusPageUrl:
      statusPage?.url ??
      [statusPageAttachment?.resource.permalink, config.statusPage.url].find(isUrl),
    slack,
    sources,
  };
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
    teamChannel: { name: config.channels.team ?? "#team-support", id: slack.channelIds.team },
    recognition: slack,
    maxPages: slack.maxPages,
    rosterNames: rosterSlackIds(config),
  });
}
