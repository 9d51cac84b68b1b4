import { z } from "zod";
import { InstantOut } from "../../details/schemas.js";
import { iso } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { BEFORE_ANY_INCIDENT } from "../statuses.js";

export const raiseIncident = defineRule({
  id: "raise-incident",
  handbook: "Raising an incident",
  level: "cluster",
  statuses: BEFORE_ANY_INCIDENT,
  priority: 100,
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
  detailsSchema: z.strictObject({
    ticketIds: z.array(z.string()).describe("The group's tickets, oldest first (then by id)."),
    signal: z
      .string()
      .describe(
        "What they are about: the component's name, else the shared words joined by commas.",
      ),
    words: z
      .array(z.string())
      .describe("The words every ticket shares, as most of them write them (at most six)."),
    component: z
      .string()
      .nullable()
      .describe("The componentKeywords component the group formed on, if it did."),
    firstAt: InstantOut.describe("When the oldest ticket was created."),
    lastAt: InstantOut.describe("When the newest ticket was created."),
    windowMinutes: z
      .int()
      .describe("How far back tickets counted (config raiseIncidentWindowMinutes)."),
    command: z.literal("/incident").describe("The Slack command that declares an incident."),
  }),
  details({ cluster, config }) {
    const first = cluster.tickets[0]?.createdAt ?? 0;
    const last = cluster.tickets.at(-1)?.createdAt ?? first;
    return {
      ticketIds: cluster.tickets.map(({ ticket }) => ticket.id),
      signal: cluster.component ?? cluster.words.join(", "),
      words: cluster.words,
      component: cluster.component,
      firstAt: iso(first),
      lastAt: iso(last),
      windowMinutes: config.raiseIncidentWindowMinutes,
      command: "/incident" as const,
    };
  },
  words: (_, d) => ({
    ticketCount: String(d.ticketIds.length),
    windowMinutes: String(d.windowMinutes),
    signal: d.signal,
  }),
});
