import { contains, wordsRegex } from "../patterns.js";
import type { LintRule } from "../rule.js";
import { handbookSection } from "../sources.js";

const NEGATED = "(?<!not |n't |no longer |nothing )";

/** "Everything else works", "X is unaffected", "no data has been lost", "only affects Y". */
const STILL_WORKS = wordsRegex([
  `${NEGATED}(?:operating|working|functioning|running|performing|behaving|loading) (?:normally|as (?:expected|usual|normal)|fine|correctly|properly)`,
  "un(?:affected|impacted)|(?:not|n't) (?:been )?(?:affected|impacted)|no (?:other )?(?:impact|effect) on",
  "still (?:work(?:s|ing)?|available|accessible|functional|operational|up|there|being \\p{L}+ed|(?:run|load|arriv|record|sync|send|process|appear|function|respond|deliver|captur|collect|sav|track)\\p{L}*)|can still (?!not)\\p{L}+",
  "(?:works?|runs?|loads?|syncs?) (?:as usual|as normal|normally|fine|correctly|properly)",
  "continues? to (?:work|function|operate|run|load|arrive|be (?:available|processed|recorded|ingested|collected|captured|saved|stored))",
  `${NEGATED}(?:is|are|remains?) (?:fully |still )?(?:available|operational|accessible|functional|safe|fine|ok|okay|healthy|working(?! on| to))`,
  "no data (?:is |has been |was |will be )?lost|no data loss|data is safe",
  "only (?:affects|affecting|affected|impacts|impacting|impacted)|(?:is|are) limited to",
  "everything else|all other",
]);

export const noWorkingStatement: LintRule = {
  meta: {
    id: "no_working_statement",
    kinds: ["status_page", "macro"],
    severity: "error",
    source: handbookSection("Creating a macro for the incident"),
    description:
      "The text must say what still works or is unaffected, so customers do not assume everything is down.",
  },
  check({ text }) {
    if (contains(STILL_WORKS, text)) return [];
    return [
      {
        message: "This doesn't say what still works, so customers may assume everything is broken.",
        suggestion:
          'Add what is unaffected, e.g. "All other features are working normally" or "No data has been lost."',
      },
    ];
  },
};
