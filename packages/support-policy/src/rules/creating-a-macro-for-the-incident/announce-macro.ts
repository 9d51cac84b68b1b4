import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const announceMacro = {
  id: "announce-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 50,
  action: "announce_macro",
  owner: "support_watcher",
  blocking: false,
  summary: "Tell {teamChannel} that the macro for {reference} exists so everyone replies with it.",
  description: "Once the macro exists, the team channel is told so the whole team uses it.",
  conditions: {
    all: [
      { fact: "hasMacro", operator: "equal", value: true },
      { fact: "macroAnnounced", operator: "equal", value: false },
    ],
  },
  event: { type: "announce_macro" },
} satisfies IncidentRule;
