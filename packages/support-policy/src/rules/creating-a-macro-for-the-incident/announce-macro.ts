import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const announceMacro = defineRule({
  id: "announce-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 50,
  owner: "support_watcher",
  blocking: false,
  summary: "Tell {teamChannel} that the macro for {reference} exists so everyone replies with it.",
  description: "Once the macro exists, the team channel is told so the whole team uses it.",
  conditions: {
    all: [
      { condition: "macroExists" },
      { fact: "macroAnnounced", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    channel: z.string().describe("The team channel."),
    macroId: z.string().nullable().describe("The macro's id."),
  }),
  details: (s) => ({ channel: s.config.teamChannel, macroId: s.incident.macro?.id ?? null }),
});
