import { z } from "zod";
import { listWords } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE_OR_OVER } from "../statuses.js";

export const updateTeam = defineRule({
  id: "update-team",
  handbook: "Keeping the team updated",
  level: "incident",
  statuses: LIVE_OR_OVER,
  priority: 35,
  owner: "support_watcher",
  blocking: false,
  summary: "Update {teamChannel} on {reference}: {whatChanged}.",
  description:
    "The team channel hears about changes to the user impact and about the resolution, so anyone can answer a ticket accurately; routine updates need not be copied.",
  conditions: {
    any: [
      { fact: "impactChangedSinceTeamUpdate", operator: "equal", value: true },
      { fact: "resolvedSinceTeamUpdate", operator: "equal", value: true },
    ],
  },
  detailsSchema: z.strictObject({
    channel: z.string().describe("The team channel."),
    impactChanged: z.boolean().describe("The user impact changed after the last team update."),
    resolved: z.boolean().describe("The incident is resolved or closed."),
    lastTeamUpdateAt: z.string().nullable().describe("When the team channel was last updated."),
  }),
  details: (s) => ({
    channel: s.config.teamChannel,
    impactChanged: s.readings.impactChangedSinceTeamUpdate,
    resolved: s.readings.impactOver,
    lastTeamUpdateAt: s.incident.lastTeamUpdateAt ?? null,
  }),
  words: (_, d) => ({
    whatChanged: listWords(
      [
        ...(d.impactChanged ? ["the user impact changed"] : []),
        ...(d.resolved ? ["it is resolved"] : []),
      ],
      "something changed",
    ),
  }),
});
