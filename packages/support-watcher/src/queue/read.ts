import { ConfigSchema, type IncidentInput, type TicketInput } from "@support/policy";
import { type DataProblem, DataProblems } from "../adapters/data-problems.js";
import { toPolicyIncident } from "../adapters/incident.js";
import { People } from "../adapters/people.js";
import { toPolicyTicket } from "../adapters/tickets.js";
import { Warnings } from "../adapters/warnings.js";
import { policyConfigOf } from "../config/policy-config.js";
import type { WatcherConfig } from "../config/schema.js";
import { vendorStep } from "../live/vendor-step.js";
import type { Vendors } from "../vendors/clients.js";
import { listLiveIncidents } from "../vendors/incident-io.js";
import { searchTickets, searchTime } from "../vendors/zendesk.js";

/** The open queue of one moment, and the live incidents whose tickets are explained already. */
export interface QueueState {
  queue: TicketInput[];
  liveIncidents: IncidentInput[];
  now: string;
  config: ReturnType<typeof policyConfigOf>;
  warnings: string[];
  dataProblems: DataProblem[];
}

/**
 * Reads the open Zendesk queue of the last `raiseIncidentWindowMinutes` (one search export) and
 * the live incidents (one list request), mapped onto the policy's input. A live incident that
 * cannot be mapped is left out with a note (its tickets may then be suggested again).
 */
export async function readQueue(
  config: WatcherConfig,
  vendors: Vendors,
  now: string,
): Promise<QueueState> {
  const policyConfig = policyConfigOf(config);
  const { raiseIncidentWindowMinutes } = ConfigSchema.parse(policyConfig);
  const since = searchTime(Date.parse(now) - raiseIncidentWindowMinutes * 60_000);
  const warnings = new Warnings();
  const problems = new DataProblems();
  const people = new People(config, warnings);
  const incidentIo = vendors.incidentIo();
  const zendesk = vendors.zendesk();
  const live = await vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v2/incidents", object: "live incidents" },
    () => listLiveIncidents(incidentIo),
  );
  const liveIncidents: IncidentInput[] = [];
  for (const incident of live) {
    try {
      liveIncidents.push(
        toPolicyIncident({ incident, updates: [] }, config, people, warnings, problems),
      );
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      warnings.add(
        `Live incident ${String(incident?.reference)} was left out of the queue check: ${why}`,
      );
    }
  }
  const tickets = await vendorStep(
    {
      vendor: "Zendesk",
      method: "GET",
      path: "/api/v2/search/export",
      object: `open tickets created since ${since}`,
    },
    () => searchTickets(zendesk, `status<solved created>${since}`),
  );
  // The queue is read for no one incident, so whether a ticket is attached is not known.
  const queue = tickets.flatMap(
    (ticket) => toPolicyTicket(ticket, { attached: undefined, markerTag: "" }, problems) ?? [],
  );
  return {
    queue,
    liveIncidents,
    now,
    config: policyConfig,
    warnings: warnings.list(),
    dataProblems: problems.list(),
  };
}
