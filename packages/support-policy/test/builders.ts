// Small typed builders for scenario fixtures: every test starts from the same realistic incident
// and changes only what it is about.
import type { ContextInput } from "../src/schemas/context.js";
import type { IncidentInput } from "../src/schemas/incident.js";
import type { Person } from "../src/schemas/person.js";
import type { TicketInput } from "../src/schemas/ticket.js";

/** Wednesday 3 June 2026, 16:00 UTC: 09:00 in Los Angeles, 17:00 in London, 18:00 in Berlin. */
export const NOW = "2026-06-03T16:00:00Z";

export const minutesBefore = (minutes: number, from: string = NOW): string =>
  new Date(Date.parse(from) - minutes * 60_000).toISOString();

export const minutesAfter = (minutes: number, from: string = NOW): string =>
  new Date(Date.parse(from) + minutes * 60_000).toISOString();

export const person = (overrides: Partial<Person> & Pick<Person, "name">): Person => ({
  timezone: "Europe/London",
  email: `${overrides.name.toLowerCase()}@example.com`,
  ...overrides,
});

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;

/** A person working the given local `[start, end]` ranges every weekday. */
export const workingFrom = (
  name: string,
  timezone: string,
  ...ranges: Array<[start: string, end: string]>
): Person =>
  person({
    name,
    timezone,
    workingHours: ranges.map(([start, end]) => ({ days: [...WEEKDAYS], start, end })),
  });

export const lou = person({ name: "Lou", timezone: "America/Los_Angeles" });
export const jo = person({ name: "Jo", timezone: "Europe/London" });
export const bea = person({ name: "Bea", timezone: "Europe/Berlin" });
export const lead = person({ name: "Lee", timezone: "Europe/London" });
export const comms = person({ name: "Cam", timezone: "America/New_York" });
export const tam = person({ name: "Tam", timezone: "America/New_York" });
/** New York, 09:00-17:30 EDT: 13:00-21:30 UTC in June. */
export const nia = person({ name: "Nia", timezone: "America/New_York" });
/** Tokyo, 09:00-17:30 JST: 00:00-08:30 UTC. */
export const aki = person({ name: "Aki", timezone: "Asia/Tokyo" });

export const STATUS_URL = "https://status.example.com/incidents/abc";

export const statusPage = (
  overrides: Partial<NonNullable<IncidentInput["statusPage"]>> = {},
): NonNullable<IncidentInput["statusPage"]> => ({
  url: STATUS_URL,
  message:
    "Feature flags load 30-60 seconds late rather than at once. Everything else works normally. Next update within 30 minutes.",
  components: ["Feature flags"],
  updatedAt: minutesBefore(20),
  ...overrides,
});

export const macro = (
  overrides: Partial<NonNullable<IncidentInput["macro"]>> = {},
): NonNullable<IncidentInput["macro"]> => ({
  id: "m-1",
  title: "Incident: feature flag delays",
  body: `We're seeing delays on feature flags: flags still return but take 30-60 seconds. Everything else is working normally. Live updates: ${STATUS_URL}`,
  tags: ["incident/123"],
  createdAt: minutesBefore(30),
  updatedAt: minutesBefore(30),
  announcedToTeamAt: minutesBefore(25),
  ...overrides,
});

/** A live, minor, fully handled incident: no rule needs to act on it. */
export const incident = (overrides: Partial<IncidentInput> = {}): IncidentInput => ({
  id: "01HZX",
  reference: "INC-123",
  number: 123,
  name: "Feature flag delays",
  severity: "minor",
  security: false,
  status: "active",
  declaredAt: minutesBefore(60),
  affectedComponents: ["Feature flags"],
  roles: { incidentLead: lead, supportWatcher: lou },
  supportWatcherRequestedAt: minutesBefore(59),
  statusPage: statusPage(),
  macro: macro(),
  lastTeamUpdateAt: minutesBefore(10),
  ...overrides,
});

export const ticket = (overrides: Partial<TicketInput> = {}): TicketInput => ({
  id: "T-1",
  subject: "Feature flags slow to load",
  createdAt: minutesBefore(15),
  status: "open",
  tags: ["incident/123"],
  attachedToIncident: true,
  ...overrides,
});

export const enterprise = (
  overrides: Partial<NonNullable<TicketInput["organization"]>> = {},
): NonNullable<TicketInput["organization"]> => ({
  id: "org-1",
  name: "Acme",
  enterprise: true,
  tam,
  ...overrides,
});

export const context = (overrides: Partial<ContextInput> = {}): ContextInput => ({
  now: NOW,
  team: [lou, jo, bea],
  ...overrides,
});

/** Saturday 6 June 2026, 12:00 UTC: nobody in the default team is within working hours. */
export const SATURDAY = "2026-06-06T12:00:00Z";

/** A resolved incident: impact over ten minutes ago, team already told. */
export const resolved = (overrides: Partial<IncidentInput> = {}): IncidentInput =>
  incident({
    status: "resolved",
    resolvedAt: minutesBefore(10),
    lastTeamUpdateAt: minutesBefore(5),
    ...overrides,
  });

export const waiting = (overrides: Partial<TicketInput> = {}): TicketInput =>
  ticket({ awaitingReplySince: minutesBefore(5), ...overrides });
