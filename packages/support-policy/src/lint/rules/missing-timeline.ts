import type { LintRule } from "../rule.js";
import { addressesTimeline } from "../signals.js";
import { handbookSection } from "../sources.js";

export const missingTimeline: LintRule = {
  meta: {
    id: "missing_timeline",
    kinds: ["reply"],
    severity: "error",
    source: handbookSection("Handling incoming tickets during an incident"),
    description:
      "A reply must give a time estimate, say plainly that there is no timeline yet, or say when " +
      "the customer will hear from us next.",
  },
  check({ text }) {
    if (addressesTimeline(text)) return [];
    return [
      {
        message: "This reply doesn't say when it will be fixed or that we don't know yet.",
        suggestion:
          "Give the estimate if there is one; otherwise say so, e.g. \"We don't have a timeline yet, " +
          "and we'll post on the status page the moment we do.\"",
      },
    ];
  },
};
