import { BEFORE_ANY_INCIDENT } from "../statuses.js";
import type { ClusterRule } from "../types.js";

export const raiseIncident = {
  id: "raise-incident",
  handbook: "Raising an incident",
  level: "cluster",
  statuses: BEFORE_ANY_INCIDENT,
  priority: 100,
  action: "raise_incident",
  owner: "support_team",
  blocking: false,
  summary:
    "Declare an incident with /incident in any Slack channel: {ticketCount} open tickets in the last {windowMinutes} minutes are about {signal} and no live incident explains them. When in doubt, declare, then volunteer to watch it or hand it to a teammate.",
  description:
    "Several tickets about the same thing with no live incident behind them are reason enough to declare one; declaring costs little (no customer is told) and a missed incident costs a lot. Counted: tickets created within `raiseIncidentWindowMinutes` before now, not solved or closed, reporting a problem, neither tagged for nor matching a live incident; grouped by a component of `componentKeywords` or by the words they share.",
  conditions: {
    all: [
      {
        fact: "clusterTicketCount",
        operator: "greaterThanInclusive",
        value: { fact: "raiseIncidentMinTickets" },
      },
    ],
  },
  event: { type: "raise_incident" },
} satisfies ClusterRule;
