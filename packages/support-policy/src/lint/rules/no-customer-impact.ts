import type { LintRule } from "../rule.js";
import { describesImpact } from "../signals.js";
import { handbookSection } from "../sources.js";

export const noCustomerImpact: LintRule = {
  meta: {
    id: "no_customer_impact",
    kinds: ["status_page", "macro", "reply"],
    severity: "error",
    source: handbookSection("Using the status page"),
    description:
      "The text must say what customers experience: what they cannot do, or what is slow, late, " +
      "missing or failing, and in which feature.",
  },
  check({ text, context }) {
    if (describesImpact(text)) return [];
    const components = context.incident?.affectedComponents?.filter((name) => name.trim() !== "");
    const example =
      components && components.length > 0
        ? `say what people using ${components.join(" or ")} can't do or what is slow for them`
        : 'e.g. "dashboards take several minutes to load" or "you can\'t log in with SSO"';
    return [
      {
        message:
          "This doesn't say what customers experience, so they can't tell whether they're affected.",
        suggestion: `Name the feature and what users see, ${example}.`,
      },
    ];
  },
};
