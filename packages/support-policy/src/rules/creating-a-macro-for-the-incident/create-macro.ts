import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

/** What a new incident macro must hold (see the handbook's macro section). */
export const MACRO_CONTENT = [
  "a short summary of what is known so far",
  "the impact: which features are broken, degraded or still fine",
  "the status page link for this incident",
] as const;

export const createMacro = defineRule({
  id: "create-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 60,
  owner: "support_watcher",
  blocking: false,
  summary: 'Create a macro for {reference} by cloning "{macroTemplate}" and tagging it {tag}.',
  description:
    "Most incidents bring several tickets, so every live incident without a macro gets one: cloned from the template, tagged incident/<number>, stating what we know, the impact (broken, working, degraded) and the status page link.",
  conditions: {
    all: [{ fact: "hasMacro", operator: "equal", value: false }],
  },
  detailsSchema: z.strictObject({
    template: z.string().describe("The Zendesk macro to clone (config macroTemplate)."),
    tag: z.string().describe("The tag to add to the macro: incident/<number>."),
    mustInclude: z.array(z.string()).describe("What the macro must say."),
    statusPageUrl: z
      .string()
      .nullable()
      .describe("The link to give: the incident's status page, else the configured one."),
  }),
  details: (s) => ({
    template: s.config.macroTemplate,
    tag: s.readings.tag,
    mustInclude: [...MACRO_CONTENT],
    statusPageUrl: s.incident.statusPage?.url ?? s.config.statusPageUrl ?? null,
  }),
});
