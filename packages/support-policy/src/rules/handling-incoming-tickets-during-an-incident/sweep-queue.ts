import type { IncidentRule } from "../types.js";

export const sweepQueue = {
  id: "sweep-queue",
  handbook: "Handling incoming tickets during an incident",
  level: "incident",
  priority: 45,
  action: "sweep_queue",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Attach the {count} queue tickets that look related but were opened before {reference} was declared.",
  description:
    "The watcher checks the queue for tickets raised before the incident was declared (within lookbackMinutes) that look related, and attaches them.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      { fact: "hasWatcher", operator: "equal", value: true },
      { fact: "unattachedEarlyTicketCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "sweep_queue" },
} satisfies IncidentRule;
