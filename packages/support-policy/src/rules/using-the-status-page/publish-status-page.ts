import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const publishStatusPage = {
  id: "publish-status-page",
  handbook: "Using the status page",
  level: "incident",
  statuses: LIVE,
  priority: 75,
  action: "publish_status_page",
  owner: "incident_lead",
  blocking: false,
  summary:
    "Publish a status page entry for {reference}: customers are affected and need a page to follow.",
  description:
    "A live incident that affects customers (related tickets in the queue, or external comms required) needs a status page entry, which every reply links to.",
  conditions: {
    all: [
      { fact: "customerFacing", operator: "equal", value: true },
      { fact: "hasStatusPage", operator: "equal", value: false },
    ],
  },
  event: { type: "publish_status_page" },
} satisfies IncidentRule;
