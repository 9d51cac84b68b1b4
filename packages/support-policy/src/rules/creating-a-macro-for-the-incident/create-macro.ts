import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const createMacro = {
  id: "create-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 60,
  action: "create_macro",
  owner: "support_watcher",
  blocking: false,
  summary: 'Create a macro for {reference} by cloning "{macroTemplate}" and tagging it {tag}.',
  description:
    "Most incidents bring several tickets, so every live incident without a macro gets one: cloned from the template, tagged incident/<number>, stating what we know, the impact (broken, working, degraded) and the status page link.",
  conditions: {
    all: [{ fact: "hasMacro", operator: "equal", value: false }],
  },
  event: { type: "create_macro" },
} satisfies IncidentRule;
