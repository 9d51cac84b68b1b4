import type { IncidentRule } from "../types.js";

export const updateMacro = {
  id: "update-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  priority: 56,
  action: "update_macro",
  owner: "support_watcher",
  blocking: false,
  summary: "Update the macro for {reference}: the impact changed after its last update{commsNote}.",
  description:
    "When the impact changes after the macro was last edited, the macro is updated, and the Comms Lead (when assigned) is told what changed.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      { fact: "hasMacro", operator: "equal", value: true },
      { fact: "impactChangedSinceMacroUpdate", operator: "equal", value: true },
    ],
  },
  event: { type: "update_macro" },
} satisfies IncidentRule;
