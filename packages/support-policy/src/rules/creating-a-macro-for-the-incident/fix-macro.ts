import { z } from "zod";
import { FindingsSchema } from "../../details/schemas.js";
import { findingWords } from "../../details/words.js";
import { findingCopy } from "../../situation/linting.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const fixMacro = defineRule({
  id: "fix-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 58,
  owner: "support_watcher",
  blocking: false,
  summary: "Fix the macro for {reference} before the team relies on it ({findingCount}).",
  description:
    "A macro with error-level lint findings (missing incident/<number> tag, no status page link, no impact description) is fixed; warnings alone never ask for it, and ride along in the findings when an error does.",
  conditions: {
    all: [
      { condition: "macroExists" },
      { fact: "macroErrorCount", operator: "greaterThan", value: 0 },
    ],
  },
  detailsSchema: z.strictObject({
    macroId: z.string().nullable().describe("The macro's id."),
    findings: FindingsSchema,
  }),
  details: (s) => ({
    macroId: s.incident.macro?.id ?? null,
    findings: s.readings.macroFindings.map(findingCopy),
  }),
  words: (_, d) => ({ findingCount: findingWords(d.findings) }),
});
