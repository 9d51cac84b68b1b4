import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { LIVE_OR_OVER } from "../statuses.js";

export const createProactiveTickets = defineRule({
  id: "create-proactive-tickets",
  handbook: "Creating proactive tickets",
  level: "incident",
  statuses: LIVE_OR_OVER,
  priority: 30,
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
  detailsSchema: z.strictObject({
    requestedAt: z.string().nullable().describe("When the outreach was requested."),
  }),
  details: (s) => ({ requestedAt: s.incident.proactiveOutreach?.requestedAt ?? null }),
});
