import type { QUEUE_ACTIONS } from "../schemas/decision.js";
import type { ClusterSituation } from "../suggest/situation.js";
import type { DetailResult } from "./types.js";
import { iso } from "./types.js";

export type QueueAction = (typeof QUEUE_ACTIONS)[number];
export type ClusterDetailBuilders = Record<QueueAction, (s: ClusterSituation) => DetailResult>;

/** How a cluster is named: its component, else the words its tickets share. */
const clusterSignal = ({ component, words }: ClusterSituation["cluster"]): string =>
  component ?? words.join(", ");

export const clusterDetails: ClusterDetailBuilders = {
  raise_incident: ({ cluster, config }) => {
    const first = cluster.tickets[0]?.createdAt ?? 0;
    const last = cluster.tickets.at(-1)?.createdAt ?? first;
    const signal = clusterSignal(cluster);
    return {
      details: {
        ticketIds: cluster.tickets.map(({ ticket }) => ticket.id),
        signal,
        words: cluster.words,
        component: cluster.component,
        firstAt: iso(first),
        lastAt: iso(last),
        windowMinutes: config.raiseIncidentWindowMinutes,
        command: "/incident",
      },
      words: {
        ticketCount: String(cluster.tickets.length),
        windowMinutes: String(config.raiseIncidentWindowMinutes),
        signal,
      },
    };
  },
};
