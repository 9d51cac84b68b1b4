import type { ConfigInput, IncidentInput, Person, TicketInput } from "@support/policy";

/**
 * The policy's view of one incident at one instant: what the adapters build from live data and
 * what a scenario file holds. Every command works from one of these.
 */
export interface Snapshot {
  incident: IncidentInput;
  tickets: TicketInput[];
  team: Person[];
  config: ConfigInput;
  /** ISO instant the decisions are computed for. */
  now: string;
  /** Things the adapters could not map cleanly; shown after the briefing. */
  warnings: string[];
}
