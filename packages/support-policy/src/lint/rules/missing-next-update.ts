import { isLive } from "../incident-status.js";
import type { LintRule } from "../rule.js";
import { saysWhenNextUpdate } from "../signals.js";
import { statuspageTip } from "../sources.js";

export const missingNextUpdate: LintRule = {
  meta: {
    id: "missing_next_update",
    kinds: ["status_page"],
    severity: "warning",
    source: statuspageTip("Communicate often"),
    description:
      "While the incident is unresolved (the context's incident status is live), an update should " +
      "say when the next one will come. Without an incident status the rule does not apply.",
  },
  check({ text, context }) {
    if (!isLive(context.incident?.status) || saysWhenNextUpdate(text)) return [];
    return [
      {
        message:
          "This update doesn't say when the next one will come, so customers will keep checking.",
        suggestion: 'End with when you\'ll post again, e.g. "Next update within 30 minutes."',
      },
    ];
  },
};
