import type { IncidentRule } from "../types.js";

export const fixMacro = {
  id: "fix-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  priority: 58,
  action: "fix_macro",
  owner: "support_watcher",
  blocking: false,
  summary: "Fix the macro for {reference} before the team relies on it ({findingCount}).",
  description:
    "A macro with lint findings (missing incident/<number> tag, no status page link, no impact description) is fixed.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      { fact: "hasMacro", operator: "equal", value: true },
      { fact: "macroFindingCount", operator: "greaterThan", value: 0 },
    ],
  },
  event: { type: "fix_macro" },
} satisfies IncidentRule;
