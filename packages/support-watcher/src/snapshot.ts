import type { ConfigInput, IncidentInput, Person, TicketInput } from "@support/policy";
import type { Ack } from "./acks/types.js";
import type { DataProblem } from "./adapters/data-problems.js";

/** Where a snapshot's data came from; every `--json` output carries it as `source`. */
export interface Source {
  kind: "live" | "scenario" | "example";
  /** When the data was read from the vendors (live), or as saved in the file; null if unknown. */
  fetchedAt: string | null;
  /** The incident reference, e.g. `INC-2417`. */
  incident: string;
  /** The scenario file, as given (scenario only). */
  file?: string;
}

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
  /** Vendor values the policy could not use, and what was done instead. */
  dataProblems: DataProblem[];
  source: Source;
  /** The incident fields whose values came from Slack (live briefings with SLACK_BOT_TOKEN). */
  fromSlack?: string[];
  /** Acknowledgements the data carries (a scenario's own list); merged with the stored ones. */
  acknowledgements?: Ack[];
}
