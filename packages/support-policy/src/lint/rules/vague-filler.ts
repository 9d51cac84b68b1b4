import { findAll, quote, wordsRegex } from "../patterns.js";
import type { LintRule } from "../rule.js";
import { describesImpact } from "../signals.js";
import { handbookSection } from "../sources.js";

const WE =
  "(?:we're|we are|we've been|we have been|(?:the |our )?(?:team|engineers?|engineering team) (?:is|are))";
const AN_ISSUE =
  "(?:(?:an?|the|some|this|these) )?(?:issues?|problems?|incidents?|reports?|difficulties)";

/** Lines that sound like news but say nothing: the words customers learn to skip. */
const FILLER = wordsRegex([
  `${WE} (?:currently |actively )?(?:working on (?:it|this|a fix|a resolution|the (?:issue|problem))|working to (?:resolve|fix) (?:it|this|the (?:issue|problem))|looking into (?:it|this|the (?:issue|problem))|on it)`,
  `${WE} (?:currently |actively )?(?:aware of|investigating|looking into) ${AN_ISSUE}`,
  `investigating ${AN_ISSUE}`,
  "(?:working on|looking into) (?:it|this|the (?:issue|problem))",
  "(?:some |a small number of |a subset of |certain )?(?:users|customers) (?:may|might|could) (?:be )?experienc(?:e|ing) (?:some )?(?:issues|problems|difficulties|errors|disruption)",
  "experiencing (?:some )?(?:technical )?(?:issues|problems|difficulties)|technical difficulties",
]);

export const vagueFiller: LintRule = {
  meta: {
    id: "vague_filler",
    kinds: ["status_page", "macro", "reply"],
    severity: "error",
    source: handbookSection("Handling incoming tickets during an incident"),
    description:
      'Flags generic lines such as "we\'re working on it" or "some users may be experiencing issues" ' +
      "when the message says nothing specific about the impact.",
  },
  check({ text }) {
    // The same words are harmless once the message states the impact.
    if (describesImpact(text)) return [];
    return findAll(FILLER, text).map((match) => ({
      message: `${quote(match.text)} is a generic line that tells the customer nothing specific.`,
      span: [match.start, match.end],
      suggestion:
        "Say what is broken for the customer, what still works and when you'll update next.",
    }));
  },
};
