// The scenario of the README's `evaluate` example; a test keeps the README's output honest.
import type { ContextInput } from "../src/schemas/context.js";
import type { IncidentInput } from "../src/schemas/incident.js";

const statusUrl = "https://status.example.com/incidents/01HZX";

export const readmeIncident: IncidentInput = {
  id: "01HZX",
  reference: "INC-123",
  number: 123,
  name: "Feature flag delays",
  severity: "major",
  security: false,
  status: "active",
  declaredAt: "2026-06-03T15:00:00Z",
  affectedComponents: ["Feature flags"],
  roles: {
    supportWatcher: { name: "Jo", timezone: "Europe/London" },
    commsLead: { name: "Cam", timezone: "America/New_York" },
  },
  statusPage: {
    url: statusUrl,
    message:
      "Feature flags take 30-60 seconds to load. Everything else works normally. Next update within 30 minutes.",
    components: ["Feature flags"],
    updatedAt: "2026-06-03T15:40:00Z",
  },
  macro: {
    id: "m-1",
    title: "Feature flag delays",
    body: `Feature flags take 30-60 seconds to load; everything else works normally. Follow updates at ${statusUrl}`,
    tags: ["incident/123"],
    createdAt: "2026-06-03T15:30:00Z",
    updatedAt: "2026-06-03T15:30:00Z",
    sharedWithCommsAt: "2026-06-03T15:35:00Z",
    announcedToTeamAt: "2026-06-03T15:36:00Z",
  },
  lastTeamUpdateAt: "2026-06-03T15:36:00Z",
};

export const readmeContext: ContextInput = {
  now: "2026-06-03T16:00:00Z",
  team: [
    { name: "Jo", timezone: "Europe/London" },
    { name: "Lou", timezone: "America/Los_Angeles", slack: "@lou" },
  ],
};
