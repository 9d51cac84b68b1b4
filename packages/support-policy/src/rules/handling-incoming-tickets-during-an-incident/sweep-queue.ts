import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const sweepQueue = {
  id: "sweep-queue",
  handbook: "Handling incoming tickets during an incident",
  level: "incident",
  statuses: LIVE,
  priority: 45,
  action: "sweep_queue",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Attach {tickets} to {reference}; {eachWas} opened before the declaration and looks related.",
  description:
    "The watcher checks the queue for tickets that predate the declaration (by up to lookbackMinutes) and look related, and attaches them.",
  conditions: {
    all: [
      { fact: "hasWatcher", operator: "equal", value: true },
      { fact: "unattachedEarlyTicketCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "sweep_queue" },
} satisfies IncidentRule;
