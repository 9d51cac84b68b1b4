import type { LintRule } from "../rule.js";
import { handbookSection } from "../sources.js";

const INCIDENT_TAG = /^incident\/(\d+)$/;

function incidentNumbersIn(tags: readonly string[]): number[] {
  return tags.flatMap((tag) => {
    const number = INCIDENT_TAG.exec(tag.trim().toLowerCase())?.[1];
    return number === undefined ? [] : [Number(number)];
  });
}

export const missingIncidentTag: LintRule = {
  meta: {
    id: "missing_incident_tag",
    kinds: ["macro"],
    severity: "error",
    source: handbookSection("Creating a macro for the incident"),
    description:
      "The macro's tags (the context's `tags` and `incident.macro.tags`, not its text) must include " +
      "`incident/<number>` for this incident, so every ticket it answers is tagged. Without an " +
      "incident number any `incident/<number>` tag counts; an empty tag list is a finding. Checked " +
      "only when the tags are known: with neither list given, the `tags_not_checked` notice (severity " +
      "`info`) says so instead.",
  },
  notChecked: {
    meta: {
      id: "tags_not_checked",
      kinds: ["macro"],
      skippedRule: "missing_incident_tag",
      description:
        "The macro's tags were not given (neither the context's `tags` nor `incident.macro.tags`), so " +
        "`missing_incident_tag` was not checked. A note about the check, never a problem with the text.",
    },
    notice({ context }) {
      if (context.tags !== undefined || context.incident?.macro?.tags !== undefined)
        return undefined;
      return {
        message: "The macro's tags were not checked: none were given.",
        suggestion: "Pass the macro's tags to check that it adds the incident tag.",
      };
    },
  },
  check({ context }) {
    const tagged = incidentNumbersIn([
      ...(context.tags ?? []),
      ...(context.incident?.macro?.tags ?? []),
    ]);
    const expected = context.incident?.number;
    if (expected === undefined ? tagged.length > 0 : tagged.includes(expected)) return [];
    const wanted = expected === undefined ? "incident/<number>" : `incident/${expected}`;
    const suggestion = `Add the tag ${wanted} to the macro.`;
    const wrong = tagged[0];
    if (wrong !== undefined && expected !== undefined) {
      return [
        {
          message: `The macro is tagged incident/${wrong}, but this is incident ${expected}.`,
          suggestion,
        },
      ];
    }
    return [
      {
        message: `The macro has no ${wanted} tag, so the tickets it answers won't be tracked.`,
        suggestion,
      },
    ];
  },
};
