import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const updateMacro = {
  id: "update-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 56,
  action: "update_macro",
  owner: "support_watcher",
  blocking: false,
  summary: "{macroStep}",
  description:
    "When the impact changes after the macro was last edited, the macro is updated, and the Comms Lead (when assigned) is told what changed. A macro edited after the Comms Lead last saw it (shared or approved) gets the same decision to tell them what changed (notifyCommsLead); on a major or security incident the edited text also needs their fresh review before use (see comms-review-before-use).",
  conditions: {
    all: [
      { fact: "hasMacro", operator: "equal", value: true },
      {
        any: [
          { fact: "impactChangedSinceMacroUpdate", operator: "equal", value: true },
          { fact: "macroEditedSinceComms", operator: "equal", value: true },
        ],
      },
    ],
  },
  event: { type: "update_macro" },
} satisfies IncidentRule;
