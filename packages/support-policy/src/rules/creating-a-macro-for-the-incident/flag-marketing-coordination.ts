import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const flagMarketingCoordination = {
  id: "flag-marketing-coordination",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 52,
  action: "flag_marketing_coordination",
  owner: "support_watcher",
  blocking: false,
  summary:
    "If {reference} needs Marketing's help with messaging, raise it in the incident channel and keep answering customers meanwhile.",
  description:
    "Without a Comms Lead on a major or security incident, the watcher writes a clear, factual macro and mentions in the incident channel if Marketing should be involved; this never blocks replies.",
  conditions: {
    all: [
      { fact: "hasCommsLead", operator: "equal", value: false },
      { fact: "majorOrSecurity", operator: "equal", value: true },
    ],
  },
  event: { type: "flag_marketing_coordination" },
} satisfies IncidentRule;
