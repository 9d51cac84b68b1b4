import { z } from "zod";
import { listWords } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const markStatusPageComponents = defineRule({
  id: "mark-status-page-components",
  handbook: "Using the status page",
  level: "incident",
  statuses: LIVE,
  priority: 65,
  owner: "support_watcher",
  blocking: false,
  summary: "Correct the components on the status page for {reference}: {corrections}.",
  description:
    "The components marked on the status page must match the incident's affected components: none missing, none extra.",
  conditions: {
    all: [
      { fact: "hasStatusPage", operator: "equal", value: true },
      {
        any: [
          { fact: "componentsMissingCount", operator: "greaterThan", value: 0 },
          { fact: "componentsExtraCount", operator: "greaterThan", value: 0 },
        ],
      },
    ],
  },
  detailsSchema: z.strictObject({
    missing: z.array(z.string()).describe("Affected components the status page does not mark."),
    extra: z.array(z.string()).describe("Components the status page marks that are not affected."),
  }),
  details: (s) => ({
    missing: [...s.readings.components.missing],
    extra: [...s.readings.components.extra],
  }),
  // Only the corrections needed: nothing to unmark goes unsaid.
  words: (_, d) => ({
    corrections: [
      ...(d.missing.length > 0 ? [`mark ${listWords(d.missing)}`] : []),
      ...(d.extra.length > 0 ? [`unmark ${listWords(d.extra)}`] : []),
    ].join("; "),
  }),
});
