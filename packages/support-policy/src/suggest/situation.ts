import type { Config } from "../schemas/config.js";
import type { Ticket } from "../schemas/ticket.js";

/** One counted queue ticket, with when it was created. */
export interface CountedTicket {
  ticket: Ticket;
  createdAt: number;
}

/** Tickets about the same thing that no live incident explains. */
export interface TicketCluster {
  /** Oldest first (then by id). */
  tickets: CountedTicket[];
  /** The `componentKeywords` component the tickets name, when they were grouped by one. */
  component: string | null;
  /** The words every ticket shares, as customers wrote them, the grouping word first. */
  words: string[];
}

/** What a cluster-level evaluation knows, shared by its facts and its details. */
export interface ClusterSituation {
  cluster: TicketCluster;
  config: Config;
}
