// fast-check generators of valid policy inputs: a team across zones, incidents in every state,
// tickets of every kind, and instants across a year with its DST changes.
import fc from "fast-check";
import type { ContextInput } from "../src/schemas/context.js";
import { INCIDENT_STATUSES, type IncidentInput } from "../src/schemas/incident.js";
import type { Person, WorkingInterval } from "../src/schemas/index.js";
import type { TicketInput } from "../src/schemas/ticket.js";

const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Australia/Sydney",
  "Pacific/Auckland",
  "UTC",
];
const NAMES = ["Ada", "Bo", "Cy", "Di", "Ed", "Fay", "Gus"];

const iso = (ms: number) => new Date(ms).toISOString();
const YEAR_START = Date.parse("2026-01-01T00:00:00Z");
const YEAR_END = Date.parse("2027-01-01T00:00:00Z");

export const instantArb = fc
  .integer({ min: YEAR_START, max: YEAR_END })
  .map((ms) => ms - (ms % 60_000));

const hoursArb: fc.Arbitrary<WorkingInterval[] | undefined> = fc.constantFrom<
  WorkingInterval[] | undefined
>(
  undefined,
  [{ days: ["mon", "tue", "wed", "thu", "fri"], start: "08:00", end: "16:00" }],
  [
    { days: ["mon", "tue", "wed", "thu"], start: "09:00", end: "12:30" },
    { days: ["mon", "tue", "wed", "thu"], start: "13:30", end: "18:00" },
  ],
  [{ days: ["sun", "mon", "tue", "wed"], start: "22:00", end: "06:00" }],
  [{ days: ["sat", "sun"], start: "10:00", end: "24:00" }],
);

/** A person; out-of-office ranges are placed relative to `around` so they matter. */
const personArb = (name: string, around: number): fc.Arbitrary<Person> =>
  fc
    .record({
      timezone: fc.constantFrom(...ZONES),
      workingHours: hoursArb,
      away: fc.option(
        fc.tuple(fc.integer({ min: -72, max: 48 }), fc.integer({ min: 1, max: 120 })),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ timezone, workingHours, away }) => {
      const person: Person = { name, email: `${name.toLowerCase()}@example.com`, timezone };
      if (workingHours) person.workingHours = workingHours;
      if (away) {
        const from = around + away[0] * 3_600_000;
        person.outOfOffice = [{ from: iso(from), to: iso(from + away[1] * 3_600_000) }];
      }
      return person;
    });

export const teamArb = (around: number): fc.Arbitrary<Person[]> =>
  fc
    .subarray(NAMES, { minLength: 1, maxLength: NAMES.length })
    .chain((names) => fc.tuple(...names.map((name) => personArb(name, around))));

const minutesAgo = (now: number) =>
  fc.integer({ min: 0, max: 600 }).map((m) => iso(now - m * 60_000));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as JSON input would never carry them. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export const incidentArb = (now: number, team: Person[]): fc.Arbitrary<IncidentInput> =>
  fc
    .record({
      severity: fc.constantFrom("minor", "major", "critical") as fc.Arbitrary<
        "minor" | "major" | "critical"
      >,
      security: fc.boolean(),
      status: fc.constantFrom(...INCIDENT_STATUSES),
      declaredMinutesAgo: fc.integer({ min: 1, max: 900 }),
      watcher: maybe(fc.constantFrom(...team)),
      commsLead: maybe(fc.constant({ name: "Cam", timezone: "America/New_York" })),
      requested: maybe(minutesAgo(now)),
      impactChangedAt: maybe(minutesAgo(now)),
      externalCommsRequired: maybe(fc.boolean()),
      components: fc.subarray(["Feature flags", "Dashboards", "Session replay"]),
      marked: fc.subarray(["Feature flags", "Dashboards", "Session replay"]),
      statusPage: fc.boolean(),
      message: fc.constantFrom(
        "Elevated error rates on the flags backend.",
        "Feature flags are returning with 30-60 second delays. Everything else works normally. Next update within 30 minutes.",
      ),
      macro: maybe(
        fc.record({
          tagged: fc.boolean(),
          updated: minutesAgo(now),
          shared: maybe(minutesAgo(now)),
          approved: maybe(minutesAgo(now)),
          announced: maybe(minutesAgo(now)),
        }),
      ),
      lastTeamUpdateAt: maybe(minutesAgo(now)),
      outreach: maybe(fc.record({ lead: fc.boolean(), comms: fc.boolean() })),
      postMortem: fc.boolean(),
      feedback: fc.boolean(),
      docsReviewed: fc.boolean(),
    })
    .map((r) => {
      const declaredAt = iso(now - r.declaredMinutesAgo * 60_000);
      return defined({
        id: "inc-1",
        reference: "INC-42",
        number: 42,
        name: "Feature flag delays",
        severity: r.severity,
        security: r.security,
        status: r.status,
        declaredAt,
        resolvedAt:
          r.status === "resolved" || r.status === "closed" ? iso(now - 60_000) : undefined,
        impactChangedAt: r.impactChangedAt,
        affectedComponents: r.components,
        roles: defined({
          incidentLead: { name: "Lee", timezone: "Europe/London" },
          supportWatcher: r.watcher,
          commsLead: r.commsLead,
        }),
        supportWatcherRequestedAt: r.requested,
        externalCommsRequired: r.externalCommsRequired,
        statusPage: r.statusPage
          ? {
              url: "https://status.example.com/incidents/42",
              message: r.message,
              components: r.marked,
              updatedAt: declaredAt,
            }
          : undefined,
        macro: r.macro
          ? defined({
              id: "m-42",
              title: "Feature flag delays",
              body: "Flags take 30-60 seconds to return; everything else works. Status: https://status.example.com/incidents/42",
              tags: r.macro.tagged ? ["incident/42"] : [],
              createdAt: r.macro.updated,
              updatedAt: r.macro.updated,
              sharedWithCommsAt: r.macro.shared,
              approvedByCommsAt: r.macro.approved,
              announcedToTeamAt: r.macro.announced,
            })
          : undefined,
        lastTeamUpdateAt: r.lastTeamUpdateAt,
        proactiveOutreach: r.outreach
          ? defined({
              requestedAt: declaredAt,
              incidentLeadConfirmedAt: r.outreach.lead ? declaredAt : undefined,
              commsLeadConfirmedAt: r.outreach.comms ? declaredAt : undefined,
            })
          : undefined,
        postMortem: r.postMortem
          ? defined({
              url: "https://docs.example.com/pm/42",
              supportFeedbackAt: r.feedback ? declaredAt : undefined,
            })
          : undefined,
        docsReviewedAt: r.docsReviewed ? declaredAt : undefined,
      } satisfies IncidentInput);
    });

export const ticketArb = (now: number, team: Person[]): fc.Arbitrary<TicketInput> =>
  fc
    .record({
      id: fc.constantFrom("T-1", "T-2", "T-3"),
      subject: fc.constantFrom("Feature flags slow", "Billing question", "Dashboards empty"),
      createdMinutesAgo: fc.integer({ min: 0, max: 1200 }),
      status: fc.constantFrom("new", "open", "pending", "hold", "solved", "closed") as fc.Arbitrary<
        TicketInput["status"]
      >,
      tagged: fc.boolean(),
      related: maybe(fc.boolean()),
      attached: maybe(fc.boolean()),
      waiting: maybe(minutesAgo(now)),
      organization: maybe(
        fc.record({
          enterprise: fc.boolean(),
          tam: maybe(fc.constantFrom(...team)),
          csm: maybe(fc.constantFrom(...team)),
        }),
      ),
      draft: maybe(
        fc.constantFrom(
          "We're working on it.",
          "Flags are slow; see https://status.example.com/incidents/42. No timeline yet.",
        ),
      ),
      consultation: maybe(
        fc.record({ opened: minutesAgo(now), answered: fc.boolean(), willHandle: fc.boolean() }),
      ),
      noticeSent: fc.boolean(),
    })
    .map((r) =>
      defined({
        id: r.id,
        subject: r.subject,
        createdAt: iso(now - r.createdMinutesAgo * 60_000),
        status: r.status,
        tags: r.tagged ? ["incident/42"] : [],
        relatedToIncident: r.related,
        attachedToIncident: r.attached,
        awaitingReplySince: r.waiting,
        organization: r.organization
          ? defined({
              id: "org-1",
              name: "Acme",
              enterprise: r.organization.enterprise,
              tam: r.organization.tam,
              csm: r.organization.csm,
            })
          : undefined,
        draftReply: r.draft,
        csConsultation: r.consultation
          ? defined({
              openedAt: r.consultation.opened,
              answeredAt: r.consultation.answered ? iso(now) : undefined,
              csWillHandle: r.consultation.answered ? r.consultation.willHandle : undefined,
            })
          : undefined,
        resolutionNoticeSentAt: r.noticeSent ? iso(now) : undefined,
      } satisfies TicketInput),
    );

export interface Scenario {
  incident: IncidentInput;
  ticket: TicketInput | undefined;
  context: ContextInput;
}

/** A whole valid scenario: instant, team, incident, optional ticket and a queue. */
export const scenarioArb: fc.Arbitrary<Scenario> = instantArb.chain((now) =>
  teamArb(now).chain((team) =>
    fc
      .record({
        incident: incidentArb(now, team),
        ticket: maybe(ticketArb(now, team)),
        queue: fc.array(ticketArb(now, team), { maxLength: 4 }),
      })
      .map(({ incident, ticket, queue }) => ({
        incident,
        ticket,
        context: { now: iso(now), team, queue },
      })),
  ),
);
