import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { IMPACT_OVER } from "../statuses.js";

export const deleteMacro = defineRule({
  id: "delete-macro",
  handbook: "After an incident resolves",
  level: "incident",
  statuses: IMPACT_OVER,
  priority: 20,
  owner: "support_watcher",
  blocking: false,
  summary: "Delete the macro for {reference}: the incident is resolved.",
  description:
    "The incident macro is deleted once the impact is over, so nobody sends it afterwards.",
  conditions: {
    all: [{ condition: "macroExists" }],
  },
  detailsSchema: z.strictObject({
    macroId: z.string().nullable().describe("The macro to delete."),
  }),
  details: (s) => ({ macroId: s.incident.macro?.id ?? null }),
});
