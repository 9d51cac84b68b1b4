import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const requestCommsLead = {
  id: "request-comms-lead",
  handbook: "Working with the Comms Lead",
  level: "incident",
  statuses: LIVE,
  priority: 52,
  action: "request_comms_lead",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Ask for a Comms Lead for {reference} in {marketingChannel} or with {marketingHandle}: external comms are required.",
  description:
    "Marketing owns external communication. When external comms are required and no Comms Lead is assigned, support asks Marketing for one.",
  conditions: {
    all: [
      { fact: "externalCommsRequired", operator: "equal", value: true },
      { fact: "hasCommsLead", operator: "equal", value: false },
    ],
  },
  event: { type: "request_comms_lead" },
} satisfies IncidentRule;
