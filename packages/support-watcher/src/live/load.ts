import { ConfigSchema, incidentTag, type TicketInput } from "@support/policy";
import { getIncident as getStatuspageIncident } from "@support/statuspage-client";
import {
  showOrganizations,
  showTickets,
  ticketsTaggedIncident,
  type Organization as ZendeskOrganization,
} from "@support/zendesk-client";
import { referenceNumber, toPolicyIncident } from "../adapters/incident.js";
import { findIncidentMacro, findTemplate, toPolicyMacro } from "../adapters/macro.js";
import { People } from "../adapters/people.js";
import { toPolicyStatusPage } from "../adapters/status-page.js";
import { toPolicyOrganization, toPolicyTicket } from "../adapters/tickets.js";
import { Warnings } from "../adapters/warnings.js";
import { policyConfigOf } from "../config/policy-config.js";
import type { WatcherConfig } from "../config/schema.js";
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
}

export interface LoadOptions {
  reference: string;
  config: WatcherConfig;
  vendors: Vendors;
  now: string;
  /** The briefing also reads updates, the Statuspage entry and organizations; the sweep does not. */
  full: boolean;
  progress?: (message: string) => void;
}

const uniqueById = (tickets: ZendeskTicket[]): Map<string, ZendeskTicket> =>
  new Map(tickets.filter((t) => t.id !== undefined).map((t) => [String(t.id), t]));

/**
 * Reads one incident and everything around it from incident.io, Zendesk and (for the briefing)
 * Statuspage, and maps it onto the policy's input.
 */
export async function loadLiveState(options: LoadOptions): Promise<LiveState> {
  const { config, vendors, full } = options;
  const progress = options.progress ?? (() => {});
  const warnings = new Warnings();
  const people = new People(config, warnings);
  const policyConfig = policyConfigOf(config);
  const incidentIo = vendors.incidentIo();
  const zendesk = vendors.zendesk();

  progress(`reading ${options.reference} from incident.io`);
  const incident = await getIncident(incidentIo, options.reference);
  const attachments = await listAttachments(incidentIo, incident.id);
  const attached = new Set(
    attachments
      .filter((a) => a.resource.resource_type === "zendesk_ticket")
      .map((a) => a.resource.external_id),
  );
  const statusPageAttachment = attachments.find(
    (a) => a.resource.resource_type === STATUSPAGE_RESOURCE,
  );
  const updates = full ? await listUpdates(incidentIo, incident.id) : [];
  const statusPage =
    full && statusPageAttachment
      ? toPolicyStatusPage(
          await getStatuspageIncident(
            vendors.statuspage(),
            statusPageAttachment.resource.external_id,
          ),
          { permalink: statusPageAttachment.resource.permalink, pageUrl: config.statusPage.url },
        )
      : undefined;

  const number = referenceNumber(incident);
  const tag = incidentTag({ number });
  const { lookbackMinutes, macroTemplate } = ConfigSchema.parse(policyConfig);
  // Zendesk's search takes whole seconds.
  const since = new Date(Date.parse(incident.created_at) - lookbackMinutes * 60_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
  progress("searching Zendesk for tagged and queued tickets");
  const tagged: ZendeskTicket[] = [];
  for await (const ticket of ticketsTaggedIncident(zendesk, number, {
    pageSize: SEARCH_EXPORT_PAGE_SIZE,
  })) {
    tagged.push(ticket);
  }
  const tickets = uniqueById([
    ...tagged,
    ...(await searchTickets(zendesk, `status<solved created>${since}`)),
  ]);
  const missing = [...attached].filter((id) => !tickets.has(id) && /^\d+$/.test(id));
  if (missing.length > 0) {
    for (const ticket of await showTickets(zendesk, missing.map(Number))) {
      if (ticket.id !== undefined) tickets.set(String(ticket.id), ticket);
    }
  }

  const organizations = new Map<number, ZendeskOrganization>();
  const organizationIds = [
    ...new Set(
      [...tickets.values()].flatMap((t) => (t.organization_id ? [t.organization_id] : [])),
    ),
  ];
  if (full && organizationIds.length > 0) {
    for (const org of await showOrganizations(zendesk, organizationIds)) {
      if (org.id !== undefined) organizations.set(org.id, org);
    }
  }

  progress("reading Zendesk macros");
  const macros = await listMacros(zendesk);
  const incidentMacro = findIncidentMacro(macros, tag);
  const template = findTemplate(macros, macroTemplate);

  const markerTag = fill(config.zendesk.resolutionNotice.markerTag, { number: String(number) });
  const policyTickets: TicketInput[] = [...tickets.values()].map((ticket) => {
    const org = ticket.organization_id ? organizations.get(ticket.organization_id) : undefined;
    return toPolicyTicket(ticket, {
      attached: attached.has(String(ticket.id)),
      organization: org && toPolicyOrganization(org, config, people),
      markerTag,
    });
  });
  const policyIncident = toPolicyIncident(
    {
      incident,
      updates,
      ...(statusPage && { statusPage }),
      ...(incidentMacro && { macro: toPolicyMacro(incidentMacro) }),
    },
    config,
    people,
    warnings,
  );
  return {
    snapshot: {
      incident: policyIncident,
      tickets: policyTickets,
      team: config.team,
      config: policyConfig,
      now: options.now,
      warnings: warnings.list(),
    },
    incident,
    attachments,
    attached,
    zendeskTickets: tickets,
    incidentMacro,
    template,
    statusPageUrl:
      statusPage?.url ?? statusPageAttachment?.resource.permalink ?? config.statusPage.url,
  };
}
