import { LIVE_OR_OVER } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const createProactiveTickets = {
  id: "create-proactive-tickets",
  handbook: "Creating proactive tickets",
  level: "incident",
  statuses: LIVE_OR_OVER,
  priority: 30,
  action: "create_proactive_tickets",
  owner: "support_watcher",
  blocking: false,
  summary: "Create the proactive tickets for {reference}: everyone who had to confirm has.",
  description:
    "Once the incident lead (and the Comms Lead, when assigned) have confirmed, the requested proactive tickets can be created.",
  conditions: {
    all: [
      { fact: "proactiveOutreachRequested", operator: "equal", value: true },
      { fact: "proactiveConfirmationsMissing", operator: "equal", value: 0 },
    ],
  },
  event: { type: "create_proactive_tickets" },
} satisfies IncidentRule;
