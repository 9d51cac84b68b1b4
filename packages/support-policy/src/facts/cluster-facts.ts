// The facts queue-level rules test, per cluster of tickets about the same thing.
import type { ClusterSituation } from "../suggest/situation.js";
import { defineFacts, type FactValues, factsFrom } from "./define.js";

export const CLUSTER_FACTS = defineFacts<ClusterSituation>()({
  clusterTicketCount: {
    description:
      "open tickets created within raiseIncidentWindowMinutes that report a problem about the same thing (shared words, or a component of componentKeywords) and that no live incident explains (by tag or by matching)",
    of: (s) => s.cluster.tickets.length,
  },
});

export type ClusterFacts = FactValues<typeof CLUSTER_FACTS>;
export const clusterFacts = factsFrom(CLUSTER_FACTS);
