import { CLUSTER_FACTS, type ClusterFacts } from "./cluster-facts.js";
import { CONFIG_FACTS, type ConfigFacts } from "./config-facts.js";
import { descriptionsOf } from "./define.js";
import { INCIDENT_FACTS, type IncidentFacts } from "./incident-facts.js";
import { TICKET_FACTS, type TicketFacts } from "./ticket-facts.js";

export type IncidentFactName = keyof IncidentFacts | keyof ConfigFacts;
export type TicketFactName = keyof TicketFacts | keyof ConfigFacts;
export type ClusterFactName = keyof ClusterFacts | keyof ConfigFacts;
export type FactName = IncidentFactName | TicketFactName | ClusterFactName;

/** Plain-words meaning of every fact, for POLICY.md and the CLI. */
export const FACT_DESCRIPTIONS: Readonly<Record<FactName, string>> = {
  ...descriptionsOf(INCIDENT_FACTS),
  ...descriptionsOf(TICKET_FACTS),
  ...descriptionsOf(CLUSTER_FACTS),
  ...Object.fromEntries(CONFIG_FACTS.map((key) => [key, `config ${key}`])),
} as Record<FactName, string>;
