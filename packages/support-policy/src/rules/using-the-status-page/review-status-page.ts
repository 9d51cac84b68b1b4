import { z } from "zod";
import { FindingsSchema } from "../../details/schemas.js";
import { findingWords } from "../../details/words.js";
import { findingCopy } from "../../situation/linting.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const reviewStatusPage = defineRule({
  id: "review-status-page",
  handbook: "Using the status page",
  level: "incident",
  statuses: LIVE,
  priority: 70,
  owner: "support_watcher",
  blocking: false,
  summary:
    "Improve the status page message for {reference} together with the incident lead so customers understand it ({findingCount}).",
  description:
    "The status page is the customers' source of truth. A live incident's status page message with error-level lint findings (jargon, vague impact, nothing about what is broken or working) is reviewed with the incident lead; warnings alone never ask for it, and ride along in the findings when an error does.",
  conditions: {
    all: [
      { fact: "hasStatusPage", operator: "equal", value: true },
      { fact: "statusPageErrorCount", operator: "greaterThan", value: 0 },
    ],
  },
  detailsSchema: z.strictObject({
    url: z.string().nullable().describe("The incident's status page."),
    findings: FindingsSchema,
  }),
  details: (s) => ({
    url: s.incident.statusPage?.url ?? null,
    findings: s.readings.statusPageFindings.map(findingCopy),
  }),
  words: (_, d) => ({ findingCount: findingWords(d.findings) }),
});
