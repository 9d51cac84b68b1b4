// A reproducible incident with a big queue and a big roster, for the scaling benchmarks: tickets
// about many things (some about the incident), enterprise customers with account teams, drafts,
// consultations; people across zones with their own hours and time off.
import type { Person } from "../src/schemas/person.js";
import type { TicketInput } from "../src/schemas/ticket.js";
import { comms, incident, lead, macro, minutesBefore, NOW } from "../test/builders.js";
import { queueOf } from "./queue.js";

const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
  "UTC",
];

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * `size` people, each with hours of their own (starts a minute apart, so no two share a
 * schedule), one in eight on split hours, one in ten out of office this week.
 */
export function rosterOf(size: number): Person[] {
  return Array.from({ length: size }, (_, i) => {
    const start = 6 * 60 + (i % 480);
    const person: Person = {
      name: `Person ${i}`,
      email: `person${i}@example.com`,
      timezone: ZONES[i % ZONES.length] as string,
      workingHours: [
        { days: ["mon", "tue", "wed", "thu", "fri"], start: clock(start), end: clock(start + 510) },
      ],
    };
    if (i % 8 === 3) {
      person.workingHours = [
        { days: ["mon", "tue", "wed", "thu"], start: clock(start), end: clock(start + 240) },
        { days: ["mon", "tue", "wed", "thu"], start: clock(start + 300), end: clock(start + 540) },
      ];
    }
    if (i % 10 === 7) {
      person.outOfOffice = [{ from: minutesBefore(2 * 1440), to: minutesBefore(-2 * 1440) }];
    }
    return person;
  });
}

/** A live major incident with a Comms Lead, a watcher from the roster and a macro under review. */
export const bigIncident = (team: readonly Person[]) =>
  incident({
    number: 123,
    name: "Feature flag evaluation slow",
    severity: "major",
    affectedComponents: ["Feature flags"],
    roles: { incidentLead: lead, commsLead: comms, ...(team[0] && { supportWatcher: team[0] }) },
    impactChangedAt: minutesBefore(3),
    macro: macro({ sharedWithCommsAt: minutesBefore(20) }),
  });

const DRAFTS = [
  "Hi, we're working on it.",
  "Flags are slow right now; see https://status.example.com/incidents/abc. No timeline yet.",
  "Our kafka cluster has elevated latency.",
  "Feature flags take 30-60 seconds to load; we'll update you within the hour.",
];

/**
 * `size` queue tickets of the last hour: about one in six about feature flags, a third waiting on
 * a reply, one in five from an enterprise customer with a TAM from a pool of twenty people.
 */
export function ticketsOf(size: number): TicketInput[] {
  const accountTeam = rosterOf(20).map((person, i) => ({ ...person, name: `TAM ${i}` }));
  return queueOf(size, NOW).map((queued, i) => {
    const ticket: TicketInput = {
      ...queued,
      subject: i % 6 === 0 ? `Feature flags slow for project ${i % 97}` : queued.subject,
      tags: i % 9 === 0 ? ["incident/123"] : [],
    };
    if (i % 4 === 1) ticket.attachedToIncident = false;
    if (i % 3 === 0) ticket.awaitingReplySince = minutesBefore(i % 50);
    if (i % 5 === 2) {
      ticket.organization = {
        id: `org-${i % 40}`,
        name: `Customer ${i % 40}`,
        enterprise: i % 10 === 2,
        tam: accountTeam[i % accountTeam.length] as Person,
      };
    }
    if (i % 7 === 0) ticket.draftReply = DRAFTS[i % DRAFTS.length] as string;
    if (i % 50 === 10) ticket.csConsultation = { openedAt: minutesBefore(i % 40) };
    return ticket;
  });
}
