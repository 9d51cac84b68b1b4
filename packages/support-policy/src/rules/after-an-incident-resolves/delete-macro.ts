import { IMPACT_OVER } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const deleteMacro = {
  id: "delete-macro",
  handbook: "After an incident resolves",
  level: "incident",
  statuses: IMPACT_OVER,
  priority: 20,
  action: "delete_macro",
  owner: "support_watcher",
  blocking: false,
  summary: "Delete the macro for {reference}: the incident is resolved.",
  description:
    "The incident macro is deleted once the impact is over, so nobody sends it afterwards.",
  conditions: {
    all: [{ fact: "hasMacro", operator: "equal", value: true }],
  },
  event: { type: "delete_macro" },
} satisfies IncidentRule;
