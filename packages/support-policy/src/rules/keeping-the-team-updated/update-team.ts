import { LIVE_OR_OVER } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const updateTeam = {
  id: "update-team",
  handbook: "Keeping the team updated",
  level: "incident",
  statuses: LIVE_OR_OVER,
  priority: 35,
  action: "update_team",
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
  event: { type: "update_team" },
} satisfies IncidentRule;
