import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const fixMacro = {
  id: "fix-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 58,
  action: "fix_macro",
  owner: "support_watcher",
  blocking: false,
  summary: "Fix the macro for {reference} before the team relies on it ({findingCount}).",
  description:
    "A macro with error-level lint findings (missing incident/<number> tag, no status page link, no impact description) is fixed; warnings alone never ask for it, and ride along in the findings when an error does.",
  conditions: {
    all: [
      { fact: "hasMacro", operator: "equal", value: true },
      { fact: "macroErrorCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "fix_macro" },
} satisfies IncidentRule;
