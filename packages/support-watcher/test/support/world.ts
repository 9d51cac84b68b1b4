// The incident the end-to-end tests run against, as the vendors would return it: the same
// story as the bundled example (feature flags slow in EU projects), in each vendor's own shape.
import type { WatcherConfigInput } from "../../src/config/schema.js";
import type {
  Attachment,
  FakeState,
  IncidentV2,
  Macro,
  Organization,
  StatuspageIncident,
  Ticket,
} from "./fake-vendors.js";

export const INCIDENT_ID = "01JX4M7Q2R8T5V9W3Y6Z1A2B3C";
const T0 = "2026-06-03T14:38:00Z";

const status = (category: "live" | "learning", name: string) => ({
  id: category === "live" ? "01JXSTATUS0000000000000001" : "01JXSTATUS0000000000000002",
  name,
  description: `${name} incidents`,
  rank: category === "live" ? 1 : 3,
  category,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
});

const role = (id: string, name: string, shortform: string, role_type: "lead" | "custom") => ({
  id,
  name,
  shortform,
  description: `The ${name}`,
  instructions: `Act as ${name}`,
  role_type,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
});

const user = (id: string, name: string, email: string) => ({
  id,
  name,
  email,
  role: "responder" as const,
});

export const COMPONENTS_FIELD: IncidentV2["custom_field_entries"][number] = {
  custom_field: {
    id: "01JXFIELD00000000000000001",
    name: "Affected components",
    description: "Which parts of the product are affected",
    field_type: "multi_select",
    options: [],
  },
  values: [
    {
      value_option: {
        id: "01JXOPT0000000000000000001",
        custom_field_id: "01JXFIELD00000000000000001",
        value: "Feature flags",
        sort_key: 10,
      },
    },
    {
      value_option: {
        id: "01JXOPT0000000000000000002",
        custom_field_id: "01JXFIELD00000000000000001",
        value: "Experiments",
        sort_key: 20,
      },
    },
  ],
};

export const MAJOR: NonNullable<IncidentV2["severity"]> = {
  id: "01JXSEV0000000000000000002",
  name: "Major",
  description: "Significant customer impact",
  rank: 2,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};

export function incidentV2(options: { resolved?: boolean; watcher?: boolean } = {}): IncidentV2 {
  const assignments = [
    {
      role: role("01JXROLE000000000000000001", "Incident Lead", "lead", "lead"),
      assignee: user("01JXUSER000000000000000001", "Marta Kowalski", "marta@example.com"),
    },
    {
      role: role("01JXROLE000000000000000002", "Comms Lead", "comms", "custom"),
      assignee: user("01JXUSER000000000000000002", "Sam Okafor", "sam@example.com"),
    },
    {
      role: role("01JXROLE000000000000000003", "Support Watcher", "support", "custom"),
      ...(options.watcher !== false && {
        assignee: user("01JXUSER000000000000000003", "Priya Raman", "priya@example.com"),
      }),
    },
  ];
  return {
    id: INCIDENT_ID,
    reference: "INC-2417",
    name: "Feature flag evaluation slow for EU projects",
    incident_status: options.resolved
      ? status("learning", "Post-incident")
      : status("live", "Investigating"),
    severity: MAJOR,
    visibility: "public",
    mode: "standard",
    creator: { user: user("01JXUSER000000000000000001", "Marta Kowalski", "marta@example.com") },
    incident_role_assignments: assignments,
    custom_field_entries: [COMPONENTS_FIELD],
    incident_timestamp_values: options.resolved
      ? [
          {
            incident_timestamp: { id: "01JXTS00000000000000000001", name: "Resolved", rank: 3 },
            value: { value: "2026-06-03T17:20:00Z" },
          },
        ]
      : [],
    slack_team_id: "T02A1FSLE8J",
    slack_channel_id: "C02AW36C1M5",
    created_at: T0,
    updated_at: "2026-06-03T15:48:00Z",
  };
}

const ticket = (
  id: number,
  subject: string,
  createdAt: string,
  extra: Partial<Ticket> = {},
): Ticket => ({
  id,
  subject,
  status: "open",
  tags: [],
  created_at: createdAt,
  updated_at: createdAt,
  ...extra,
});

export const tickets = (): Ticket[] => [
  ticket(48176, "How do I export a cohort to CSV?", "2026-06-03T13:02:00Z", { tags: ["cohorts"] }),
  ticket(48190, "Experiments dashboard shows no new results", "2026-06-03T14:12:00Z", {
    status: "new",
    organization_id: 9001,
  }),
  ticket(48213, "Flags not updating after I toggle them", "2026-06-03T14:55:00Z", {
    tags: ["incident/2417", "feature_flags"],
    organization_id: 9002,
    updated_at: "2026-06-03T15:58:00Z",
  }),
  ticket(48221, "Is something wrong with feature flags?", "2026-06-03T15:20:00Z"),
  ticket(48230, "Feature flags slow in the EU region", "2026-06-03T15:41:00Z", {
    status: "pending",
    tags: ["incident/2417"],
  }),
];

export const organizations = (): Organization[] => [
  {
    id: 9001,
    name: "Northwind Bank",
    tags: ["enterprise"],
    organization_fields: { tam_email: "kenji@example.com", csm_email: null },
  },
  {
    id: 9002,
    name: "Acme Health",
    tags: ["enterprise"],
    organization_fields: { tam_email: null, csm_email: "rosa@example.com" },
  },
];

export const TEMPLATE: Macro = {
  id: 24914978630939,
  title: "Incident information",
  active: true,
  actions: [
    {
      field: "comment_value",
      value:
        "Thanks for reaching out. [What is affected, what still works, and the status page link.]",
    },
    { field: "current_tags", value: "incident" },
  ],
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};

export const incidentMacro = (active = false): Macro => ({
  id: 36002418,
  title: "INC-2417: Feature flags slow to update",
  active,
  actions: [
    {
      field: "comment_value",
      value:
        "Thanks for getting in touch. Feature flag changes in EU projects are taking 30 to 60 seconds to reach your app instead of a second or two. Flags you set earlier keep working and no data has been lost. Follow progress at https://status.example.com/incidents/kx3v9p2mq1wd; the next update comes within 30 minutes.",
    },
    { field: "current_tags", value: "incident incident/2417" },
  ],
  created_at: "2026-06-03T15:30:00Z",
  updated_at: "2026-06-03T15:30:00Z",
});

export const attachments = (): Attachment[] => [
  {
    id: "01JXATTACH0000000000000001",
    incident_id: INCIDENT_ID,
    resource: {
      external_id: "48213",
      resource_type: "zendesk_ticket",
      permalink: "https://acme.zendesk.com/agent/tickets/48213",
      title: "Flags not updating after I toggle them",
    },
  },
  {
    id: "01JXATTACH0000000000000002",
    incident_id: INCIDENT_ID,
    resource: {
      external_id: "kx3v9p2mq1wd",
      resource_type: "atlassian_statuspage_incident",
      permalink: "https://status.example.com/incidents/kx3v9p2mq1wd",
      title: "Feature flags delayed",
    },
  },
];

export const statuspageIncident = (): StatuspageIncident => ({
  id: "kx3v9p2mq1wd",
  name: "Feature flags delayed",
  status: "investigating",
  shortlink: "https://stspg.io/kx3v9p2",
  created_at: "2026-06-03T14:50:00Z",
  updated_at: "2026-06-03T15:52:00Z",
  components: [{ id: "cmp1", name: "Feature flags", status: "degraded_performance" }],
  incident_updates: [
    {
      id: "upd1",
      incident_id: "kx3v9p2mq1wd",
      status: "investigating",
      body: "We are investigating elevated latency in the flags service caused by replica lag on the primary Postgres cluster.",
      created_at: "2026-06-03T15:52:00Z",
      display_at: "2026-06-03T15:52:00Z",
    },
  ],
});

export function world(
  options: { resolved?: boolean; macro?: "none" | "draft" | "active" } = {},
): FakeState {
  const macro = options.macro ?? "none";
  return {
    incident: incidentV2({ resolved: options.resolved ?? false }),
    attachments: attachments(),
    tickets: tickets(),
    organizations: organizations(),
    macros: macro === "none" ? [TEMPLATE] : [TEMPLATE, incidentMacro(macro === "active")],
    statuspageIncidents: [statuspageIncident()],
  };
}

/**
 * The same incident with `count` related tickets opened after its declaration, none of them
 * tagged or attached yet: the load for the sweep benchmark and the bulk tests.
 */
export function bigIncident(count: number): FakeState {
  const base = world({ macro: "active" });
  const many: Ticket[] = Array.from({ length: count }, (_, i) => ({
    id: 60_000 + i,
    subject: `Feature flags not loading for project ${i + 1}`,
    status: "open",
    tags: [],
    created_at: new Date(Date.parse("2026-06-03T14:40:00Z") + i * 1000)
      .toISOString()
      .replace(".000Z", "Z"),
    updated_at: "2026-06-03T15:00:00Z",
  }));
  return {
    ...base,
    tickets: many,
    attachments: (base.attachments ?? []).filter(
      (a) => a.resource.resource_type !== "zendesk_ticket",
    ),
  };
}

export const CONFIG: WatcherConfigInput = {
  team: [
    {
      name: "Priya Raman",
      email: "priya@example.com",
      timezone: "Europe/London",
      workingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:45" }],
    },
    { name: "Mateo Alvarez", email: "mateo@example.com", timezone: "America/New_York" },
    {
      name: "Lou Bennett",
      email: "lou@example.com",
      timezone: "America/Los_Angeles",
      workingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], start: "08:30", end: "17:00" }],
    },
  ],
  accountTeam: [
    { name: "Kenji Sato", email: "kenji@example.com", timezone: "Asia/Tokyo" },
    { name: "Rosa Lindqvist", email: "rosa@example.com", timezone: "America/Chicago" },
  ],
  statusPage: { url: "https://status.example.com" },
};

export const ENV = {
  INCIDENT_IO_API_KEY: "inc_live_key_7f3a9c",
  ZENDESK_SUBDOMAIN: "acme",
  ZENDESK_EMAIL: "watcher@example.com",
  ZENDESK_API_TOKEN: "zd_token_b81e44",
  STATUSPAGE_API_KEY: "sp_key_5d2c11",
  STATUSPAGE_PAGE_ID: "pg7x1",
};
